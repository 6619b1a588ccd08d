import Foundation
import PanelData
import Testing

/// The one number formatter (NumberText.swift; STYLE.md "Numbers and text out").
@Suite("NumberText")
struct NumberTextTests {
    /// Shortest round-trip text reads back as the same Double, bit for bit.
    @Test("roundTrip reads back bit for bit",
          arguments: [0.1, 1.0 / 3, 2.0 / 3, 1e-300, .leastNonzeroMagnitude, 2.2250738585072014e-308, 1.7976931348623157e308,
                      -0.0, 0, 123_456_789.125, -98.765, 0.30000000000000004, 1e21, 1e22, 9_007_199_254_740_992])
    func roundTrip(value: Double) throws {
        let text = try #require(NumberText.roundTrip(value))
        let back = try #require(Double(text))
        #expect(back.bitPattern == value.bitPattern, "\(value) -> \(text)")
    }

    /// Known texts: shortest form, integral values keep `.0`.
    @Test("roundTrip known texts",
          arguments: [(0.1, "0.1"), (2.0, "2.0"), (-3.0, "-3.0"), (35.875, "35.875"), (1.0 / 3, "0.3333333333333333")])
    func roundTripText(value: Double, text: String) {
        #expect(NumberText.roundTrip(value) == text)
    }

    @Test("roundTrip refuses non-finite values", arguments: [Double.nan, .infinity, -.infinity, .signalingNaN])
    func roundTripNonFinite(value: Double) {
        #expect(NumberText.roundTrip(value) == nil)
    }

    /// Fixed decimals; `-0.000` is written `0.000` (a negative number too small to show is 0).
    @Test("fixed digits",
          arguments: [
              (3.14159, 2, "3.14"),
              (1234.5678, 2, "1234.57"),
              (-1.5, 1, "-1.5"),
              (0.5664, 3, "0.566"),
              (1.0, 0, "1"),
              (-0.0, 3, "0.000"),
              (-0.0004, 3, "0.000"),
              (-0.00049, 3, "0.000"),
              (-0.0006, 3, "-0.001"),
              (-0.4, 0, "0"),
              (12.0, 4, "12.0000"),
              (3.7, -2, "4"),
          ])
    func fixed(value: Double, digits: Int, text: String) {
        #expect(NumberText.fixed(value, digits: digits) == text)
    }

    @Test("fixed never writes nan or inf", arguments: [Double.nan, .infinity, -.infinity])
    func fixedNonFinite(value: Double) {
        #expect(NumberText.fixed(value, digits: 3) == "")
        #expect(NumberText.percent(value, digits: 1) == "")
    }

    @Test("percent: nil is empty, a value has fixed digits")
    func percent() {
        #expect(NumberText.percent(nil, digits: 2) == "")
        #expect(NumberText.percent(58.9134, digits: 2) == "58.91")
        #expect(NumberText.percent(-0.001, digits: 2) == "0.00")
    }

    /// Property: on random bit patterns (every kind of Double, NaN and infinities
    /// included), `fixed` never prints `nan`/`inf` and never `-0.…0`, and `roundTrip`
    /// either refuses (non-finite) or reads back exactly.
    @Test("random doubles: never nan, never negative zero text, exact round trip (seeded)")
    func randomDoubles() throws {
        var random = SplitMix64(seed: 20_250_101)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: random.next())
            let digits = Int.random(in: 0...6, using: &random)
            let text = NumberText.fixed(value, digits: digits)
            #expect(!text.lowercased().contains("nan") && !text.lowercased().contains("inf"), "\(value)")
            if text.hasPrefix("-") {
                #expect(text.dropFirst().contains { $0 != "0" && $0 != "." }, "\(value) -> \(text)")
            }
            if let shortest = NumberText.roundTrip(value) {
                #expect(value.isFinite && Double(shortest)?.bitPattern == value.bitPattern, "\(value)")
            } else {
                #expect(!value.isFinite, "\(value)")
            }
        }
    }
}
