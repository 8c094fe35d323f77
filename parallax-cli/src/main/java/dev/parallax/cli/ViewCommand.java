package dev.parallax.cli;

import dev.parallax.corpus.Corpus;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that analyses its inputs and prints one view of the result to the terminal. */
abstract class ViewCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    /** Prints this command's view of an analysed corpus. */
    abstract void print(Corpus corpus, PrintWriter out);

    @Override
    public Integer call() throws Exception {
        Corpus c = Analysis.run(input, spec);
        PrintWriter out = spec.commandLine().getOut();
        print(c, out);
        out.flush();
        return c.errors().isEmpty() ? 0 : Main.PARTIAL;
    }
}
