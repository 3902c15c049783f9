package org.devopssim.ui.help;

import org.devopssim.simulation.help.Glossary;

/** What the help of the window needs from the app: the explanations, the About facts and the tour's memory. */
public record HelpContent(Glossary glossary, AboutFacts about, TourMemory tourMemory) {
}
