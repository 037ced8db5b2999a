import Testing

@testable import DeadlinedSystem

// When the commands colour: --color always and never decide alone; auto colours a terminal
// unless NO_COLOR is set and not empty (no-color.org) or TERM is dumb.

@Test(
    arguments: [
        // (choice, terminal, NO_COLOR, TERM, colours)
        (ColourChoice.auto, true, nil, "xterm-256color", true),
        (.auto, false, nil, "xterm", false),
        (.auto, true, "1", "xterm", false),
        (.auto, true, "", "xterm", true),
        (.auto, true, nil, "dumb", false),
        (.auto, true, nil, nil, true),
        (.always, false, "1", "dumb", true),
        (.never, true, nil, "xterm", false),
    ] as [(ColourChoice, Bool, String?, String?, Bool)])
func colourRule(choice: ColourChoice, terminal: Bool, noColor: String?, term: String?, colours: Bool) {
    #expect(Console.colours(choice: choice, terminal: terminal, noColor: noColor, term: term) == colours)
}
