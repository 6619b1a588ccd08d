import Foundation
import Testing
@testable import Reporting

/// Kernel density estimation: bandwidth rules, kernels, and the estimate's mass.
@Suite("Kernel density")
struct KernelDensityTests {
    /// The trapezoid rule over the grid.
    static func integral(_ estimate: KernelDensity.Estimate) -> Double {
        var total = 0.0
        for i in 1..<estimate.grid.count {
            let width = estimate.grid[i] - estimate.grid[i - 1]
            total += width * (estimate.density[i] + estimate.density[i - 1]) / 2
        }
        return total
    }

    @Test("the density integrates to 1 on its grid", arguments: KernelDensity.Kernel.allCases)
    func integratesToOne(kernel: KernelDensity.Kernel) throws {
        var random = SplitMix64(seed: 1986)
        for n in [2, 10, 277, 2_000] {
            let values = (0..<n).map { _ in Double.random(in: 0.3...0.8, using: &random) }
            let estimate = try #require(KernelDensity.estimate(values, kernel: kernel, gridCount: 512))
            // Tolerance 2e-3: the trapezoid error at 512 points plus, for the Gaussian, the
            // mass beyond 4 bandwidths (6e-5).
            #expect(abs(Self.integral(estimate) - 1) < 2e-3, "n = \(n)")
            #expect(estimate.density.allSatisfy { $0 >= 0 && $0.isFinite })
        }
    }

    @Test("both kernels integrate to 1 and have unit variance", arguments: KernelDensity.Kernel.allCases)
    func kernelMoments(kernel: KernelDensity.Kernel) {
        let step = 1e-3
        let zs = stride(from: -8.0, through: 8.0, by: step)
        let mass = zs.reduce(0) { $0 + kernel($1) } * step
        let variance = zs.reduce(0) { $0 + $1 * $1 * kernel($1) } * step
        // Tolerance 1e-5: the Riemann sum at step 1e-3 of smooth (or, at +-sqrt 5,
        // continuous) kernels.
        #expect(abs(mass - 1) < 1e-5)
        #expect(abs(variance - 1) < 1e-5)
    }

    @Test("Silverman's rule (R's bw.nrd0) on 1...10: the sd is the smaller spread")
    func silvermanSd() throws {
        // sd = sqrt(55 / 6); type 7 IQR = 7.75 - 3.25 = 4.5, 4.5 / 1.34 = 3.358 > sd.
        let expected = 0.9 * (55.0 / 6).squareRoot() * pow(10, -0.2)
        let h = try #require(KernelDensity.bandwidth((1...10).map(Double.init), kernel: .gaussian))
        #expect(abs(h - expected) < 1e-12)
        #expect(abs(h - 1.719_29) < 1e-5)
    }

    @Test("with an outlier the IQR decides; R's and Stata's quantiles differ")
    func iqrRules() throws {
        let values: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100]
        // R type 7: Q1 = 3.25, Q3 = 7.75, IQR 4.5, spread 4.5 / 1.34.
        let silverman = try #require(KernelDensity.bandwidth(values, kernel: .gaussian))
        #expect(abs(silverman - 0.9 * (4.5 / 1.34) * pow(10, -0.2)) < 1e-12)
        // Stata: P = 10 x 0.25 = 2.5 -> x_(3) = 3; P = 7.5 -> x_(8) = 8; IQR 5, spread 5 / 1.349.
        let stata = try #require(KernelDensity.bandwidth(values, kernel: .epanechnikov))
        #expect(abs(stata - 0.9 * (5 / 1.349) * pow(10, -0.2)) < 1e-12)
    }

    @Test("Stata's percentile averages two order statistics when n p / 100 is whole")
    func stataPercentile() {
        let sorted: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        #expect(KernelDensity.stataPercentile(sorted, 25) == 2.5)
        #expect(KernelDensity.stataPercentile(sorted, 75) == 6.5)
        #expect(KernelDensity.stataPercentile(sorted, 30) == 3)
    }

    @Test("the estimate at a point is the mean of the scaled kernels")
    func pointValue() throws {
        let estimate = try #require(KernelDensity.estimate([0, 1], kernel: .gaussian, bandwidth: 0.5, gridCount: 3,
                                                           range: (lower: 0, upper: 1)))
        // f(0.5) = (1 / (2 * 0.5)) * 2 * phi(1).
        let phi1 = exp(-0.5) / (2 * Double.pi).squareRoot()
        #expect(estimate.grid == [0, 0.5, 1])
        #expect(abs(estimate.density[1] - 2 * phi1) < 1e-15)
    }

    @Test("ties: a zero IQR falls back to the sd; fewer than two values give no estimate")
    func conventions() throws {
        let tied: [Double] = [1, 1, 1, 1, 1, 1, 1, 1, 5]
        let h = try #require(KernelDensity.bandwidth(tied, kernel: .gaussian))
        let mean = tied.reduce(0, +) / 9
        let sd = (tied.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 8).squareRoot()
        #expect(abs(h - 0.9 * sd * pow(9, -0.2)) < 1e-12)
        let constant = try #require(KernelDensity.bandwidth([2, 2, 2], kernel: .gaussian))
        #expect(abs(constant - 0.9 * 2 * pow(3, -0.2)) < 1e-12)
        #expect(KernelDensity.estimate([1], kernel: .gaussian) == nil)
        #expect(KernelDensity.estimate([1, .nan], kernel: .epanechnikov) == nil)
    }
}
