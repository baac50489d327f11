import Foundation

/// Checks YAML files against the committed JSON Schemas with a real validator:
/// Python's `jsonschema` (Draft 2020-12) from Debian (python3-jsonschema,
/// python3-yaml; scripts/ensure-packages.sh installs them).
enum SchemaValidator {
    /// Reads YAML as wegweiser does: every plain scalar is text (`2.0`, `2026-03-01`,
    /// `no` stay strings), only an empty value, `~` and `null` are nothing.
    static let script = #"""
        import json, re, sys
        import yaml
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import best_match

        class TextLoader(yaml.SafeLoader):
            pass

        TextLoader.yaml_implicit_resolvers = {}
        TextLoader.add_implicit_resolver(
            'tag:yaml.org,2002:null', re.compile(r'^(?:~|null|Null|NULL|)$'), ['~', 'n', 'N', ''])

        validators = {}
        for kind, path in (('district', sys.argv[1]), ('catalog', sys.argv[2])):
            with open(path, encoding='utf-8') as f:
                schema = json.load(f)
            Draft202012Validator.check_schema(schema)
            validators[kind] = Draft202012Validator(schema)

        for argument in sys.argv[3:]:
            kind, path = argument.split(':', 1)
            with open(path, encoding='utf-8') as f:
                document = yaml.load(f, Loader=TextLoader)
            error = best_match(validators[kind].iter_errors(document))
            if error is None:
                print(path + '\tok')
            else:
                where = '/'.join(str(part) for part in error.absolute_path)
                print(path + '\t' + where + ': ' + error.message)
        """#

    /// File path → "ok" or "where: message".
    static func check(district: [String], catalog: [String], schemas: URL) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")  // not a pyenv python first on PATH
        process.arguments = [
            "-c", script, schemas.appendingPathComponent("wegweiser-district.schema.json").path,
            schemas.appendingPathComponent("wegweiser-catalog.schema.json").path,
        ] + district.map { "district:" + $0 } + catalog.map { "catalog:" + $0 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(message: errors) }
        var results: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            results[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return results
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { "the schema check did not run: \(message)" }
    }
}
