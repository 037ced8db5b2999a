import ArgumentParser
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// Where `list` and `report` write: standard output, or a file named by `--output`.
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Write to this file (replaced whole) instead of standard output; xlsx needs it on a terminal.",
            valueName: "path"))
    var output: String?

    @Flag(help: "With --format csv: a UTF-8 byte order mark first, so Excel reads the text as UTF-8.")
    var bom = false

    /// Refuses, before any work, what cannot be written: a BOM on anything but CSV, and a
    /// binary workbook to a terminal.
    func validate(_ format: OutputFormat) throws {
        if bom && format != .csv { throw ValidationError("--bom applies to --format csv only") }
        if format == .xlsx && output == nil && isatty(1) != 0 {
            throw ValidationError(
                "--format xlsx writes a binary file: name it with --output FILE or redirect standard output")
        }
    }

    /// Writes the text (after a BOM when asked) to `--output` or standard output.
    func write(_ text: [UInt8]) throws {
        let bytes = bom ? byteOrderMark + text : text
        guard let output else { return Console.write(bytes) }
        if let problem = OutputFile.write(String(decoding: bytes, as: UTF8.self), to: output) {
            Console.error("deadlined: \(problem)")
            throw ExitCode(1)
        }
    }

    /// Writes the workbook to `--output`, or, when there is none, to standard output (which
    /// `validate` made sure is not a terminal).
    func write(_ workbook: Workbook) throws {
        if let output {
            if let problem = XlsxFile.write(workbook, to: output) {
                Console.error("deadlined: \(problem)")
                throw ExitCode(1)
            }
            return
        }
        switch XlsxFile.bytes(workbook) {
        case .success(let bytes): Console.write(bytes)
        case .failure(let problem):
            Console.error("deadlined: cannot write the workbook: \(problem.reason)")
            throw ExitCode(1)
        }
    }
}
