package org.devopssim.app.storage;

import java.util.List;

/** One step of the schema: applied once, in order, inside a transaction with its version row. */
record Migration(int version, String description, List<String> statements) {
}
