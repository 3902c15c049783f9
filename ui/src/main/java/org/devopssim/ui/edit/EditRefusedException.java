package org.devopssim.ui.edit;

/** An edit that does not make sense for this topology; the message says why, for the user. */
public final class EditRefusedException extends RuntimeException {

    public EditRefusedException(String reason) {
        super(reason);
    }
}
