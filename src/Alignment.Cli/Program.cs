using Alignment.Cli;

// A failure on a worker thread would end the process with the runtime's stack trace: one line and exit 2 or 3 instead.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    int code = BitextCommand.Report(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown failure"), Console.Error);
    Console.Error.Flush();
    Environment.Exit(code);
};

return BitextCommand.Run(args, Console.Out, Console.Error);
