using NewsNlp.Cli;

// Exit codes: 0 every document analysed; 1 some documents failed (their error lines are in the output);
// 2 wrong usage; 3 the input or output could not be opened; 130 interrupted (Ctrl-C).
return CliApp.RunConsole(args);
