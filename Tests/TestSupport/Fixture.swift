import Foundation

/// The test fixtures copied from `../shared/fixtures` (and `../shared/external`) into
/// this target's resources, so the tests run without `../shared`.
public enum Fixture {
    /// The folder holding the fixtures (`small`, `paperlike`, `edge/ties`, `external/...`).
    public static var root: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// The URL of a file inside the fixtures, e.g. `url("small/panel.csv")`.
    public static func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// The parsed contents of a JSON fixture, e.g. `json("small/expected.json")`.
    public static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.notAnObject(path)
        }
        return object
    }

    public enum FixtureError: Error { case notAnObject(String) }
}
