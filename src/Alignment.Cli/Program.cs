using Alignment.Cli;

return BitextCommand.Run(args, Console.Out, Console.Error);
