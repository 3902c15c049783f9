package org.devopssim.simulation.model;

import java.util.List;

/** An authentication service (OAuth2 + JWT) with identity providers and a session store link. */
public record AuthService(String id, String name, String parent, Position position,
                          String method, List<String> providers, boolean beta, Capacity capacity) implements Node {
}
