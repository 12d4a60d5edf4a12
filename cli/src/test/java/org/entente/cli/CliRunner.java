package org.entente.cli;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process (sharing the loaded models) and captures what it prints. */
final class CliRunner {
  record Run(int exitCode, String out, String err) {}

  private CliRunner() {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    StringWriter picoErr = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = Main.commandLine();
      cl.setErr(new PrintWriter(picoErr, true));
      int code = cl.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + picoErr);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static java.nio.file.Path root() {
    return java.nio.file.Path.of(System.getProperty("entente.root", "..")).toAbsolutePath().normalize();
  }

  static java.nio.file.Path shared() {
    return java.nio.file.Path.of(System.getProperty("entente.shared", "../../shared")).toAbsolutePath().normalize();
  }
}
