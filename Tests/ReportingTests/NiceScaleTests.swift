import Foundation
import Testing
@testable import Reporting

/// Axis ticks at nice numbers. Known values worked by hand from Heckbert's algorithm
/// (P. S. Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990): for example
/// 0.512...0.661 with 5 ticks: range = nice(0.149) = 0.2, step = nice(0.2 / 4, round) =
/// 0.05, axis floor(0.512 / 0.05) 0.05 = 0.5 to ceil(0.661 / 0.05) 0.05 = 0.7.
@Suite("Nice ticks")
struct NiceScaleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var min: Double, max: Double, ticks: Int
        var lower: Double, upper: Double, step: Double, decimals: Int
        var testDescription: String { "\(min)...\(max) in \(ticks)" }
    }

    @Test("Heckbert's loose labelling, worked by hand", arguments: [
        Case(min: 0.512, max: 0.661, ticks: 5, lower: 0.5, upper: 0.7, step: 0.05, decimals: 2),
        Case(min: 0, max: 1, ticks: 6, lower: 0, upper: 1, step: 0.2, decimals: 1),
        // range = nice(5.5) = 10, step = nice(2, round) = 2.
        Case(min: -1.3, max: 4.2, ticks: 6, lower: -2, upper: 6, step: 2, decimals: 0),
        // range = nice(0.0291) = 0.05, step = nice(0.01, round) = 0.01.
        Case(min: 0.0417, max: 0.0708, ticks: 6, lower: 0.04, upper: 0.08, step: 0.01, decimals: 2),
        // range = nice(1200) = 2000, step = nice(400, round) = 500.
        Case(min: 3, max: 1203, ticks: 6, lower: 0, upper: 1500, step: 500, decimals: 0),
    ])
    func loose(_ c: Case) {
        let scale = NiceScale(min: c.min, max: c.max, targetTicks: c.ticks)
        // Tolerance 1e-12: the bounds are integer multiples of the step.
        #expect(abs(scale.lower - c.lower) < 1e-12)
        #expect(abs(scale.upper - c.upper) < 1e-12)
        #expect(abs(scale.step - c.step) < 1e-12)
        #expect(scale.decimals == c.decimals)
        #expect(scale.ticks.count == Int(((c.upper - c.lower) / c.step).rounded()) + 1)
    }

    @Test("a tight integer axis over 2009-2023 keeps the even years inside it")
    func years() {
        let scale = NiceScale(min: 2009, max: 2023, targetTicks: 8, mode: .tight, integer: true)
        #expect(scale.lower == 2009 && scale.upper == 2023)
        #expect(scale.ticks == [2010, 2012, 2014, 2016, 2018, 2020, 2022])
        #expect(scale.decimals == 0)
    }

    @Test("an integer axis never steps by less than 1")
    func integerStep() {
        let scale = NiceScale(min: 2020, max: 2022, targetTicks: 10, mode: .tight, integer: true)
        #expect(scale.step == 1)
        #expect(scale.ticks == [2020, 2021, 2022])
    }

    @Test("degenerate input: one value, zero, swapped or non-finite bounds")
    func degenerate() {
        let one = NiceScale(min: 5, max: 5)
        #expect(one.lower <= 4.5 && one.upper >= 5.5)
        let zero = NiceScale(min: 0, max: 0)
        #expect(zero.lower == 0 && zero.upper == 1)
        let swapped = NiceScale(min: 1, max: 0)
        #expect(swapped.lower == 0 && swapped.upper == 1)
        let infinite = NiceScale(min: -.infinity, max: .nan)
        #expect(infinite.lower == 0 && infinite.upper == 1)
    }

    @Test("on 2,000 seeded random ranges the ticks cover the data at a 1-2-5 step")
    func covering() {
        var random = SplitMix64(seed: 20_260_501)
        for _ in 0..<2_000 {
            let magnitude = pow(10, Double.random(in: -6...6, using: &random))
            let a = Double.random(in: -1...1, using: &random) * magnitude
            let b = a + Double.random(in: 1e-3...1, using: &random) * magnitude
            let target = Int.random(in: 2...10, using: &random)
            let scale = NiceScale(min: a, max: b, targetTicks: target)
            let slack = scale.step * 1e-9
            #expect(scale.lower <= a + slack && scale.upper >= b - slack)
            let mantissa = scale.step / pow(10, (log10(scale.step)).rounded(.down))
            #expect([1.0, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 })
            #expect(scale.ticks.count >= 2 && scale.ticks.count <= 2 * target + 2)
        }
    }
}
