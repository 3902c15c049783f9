package org.devopssim.ui.operate;

import org.devopssim.simulation.events.Severity;

/** Something the user must see now, shown as a notification: a refused action or a new critical alert. */
public record Notice(Severity severity, String title, String text) {
}
