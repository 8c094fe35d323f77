package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    /** Runs the command line and captures its output. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpExplainsEveryCommandAndOption() {
        Run top = run("--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("analyze", "entities", "timeline", "quotes", "claims", "compare", "Exit codes");
        Run analyze = run("analyze", "--help");
        assertThat(analyze.code()).isZero();
        assertThat(analyze.out()).contains("--out", "--format", "--quiet", "--summary-length", "--calendar", "PATH");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("analyze").code()).isEqualTo(2);
        assertThat(run("analyze", "--format", "pdf", "x.txt").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void anUnreadableInputIsNamedOnStderrAndStillGivesADossier(@TempDir Path dir) throws Exception {
        Path bin = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 0x10, 0x4a});
        Run r = run("analyze", "--quiet", "--out", dir.resolve("out").toString(), bin.toString());
        assertThat(r.code()).isEqualTo(Main.PARTIAL);
        assertThat(r.err()).contains("photo.txt").contains("binary");
        assertThat(Files.readString(dir.resolve("out/dossier.json"), StandardCharsets.UTF_8)).contains("\"errors\"").contains("photo.txt");
    }
}
