import ArgumentParser
import Resilience

/// `--bootstrap`, `--bootstrap-stage`, `--ci` and `--seed`.
struct BootstrapArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Bootstrap replicates for confidence intervals of every decomposition term (e.g. 999); 0 for none.", valueName: "B"))
    var bootstrap = 0

    @Option(name: .long, help: ArgumentHelp("What each replicate re-estimates: decomposition (weights fixed) or full (weights re-estimated).", valueName: "stage"))
    var bootstrapStage: BootstrapStage = .decomposition

    @Option(name: .long, help: ArgumentHelp("Confidence level of the percentile intervals.", valueName: "level"))
    var ci = 0.95

    @Option(name: .long, help: ArgumentHelp("Seed of the bootstrap draws (the same seed gives the same intervals on any number of cores).", valueName: "n"))
    var seed: UInt64 = 20_250_277

    func validate() throws {
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be 0 or more (found \(bootstrap))") }
        guard ci > 0 && ci < 1 else { throw ValidationError("--ci must lie between 0 and 1 (found \(ci))") }
        if bootstrap > 0 && Double(bootstrap + 1) * (1 - ci) / 2 < 1 {
            throw ValidationError("--bootstrap \(bootstrap) is too few replicates for --ci \(ci); use at least \(Int((2 / (1 - ci)).rounded(.up))) replicates")
        }
    }

    var options: BootstrapOptions? {
        bootstrap > 0 ? BootstrapOptions(replicates: bootstrap, stage: bootstrapStage, level: ci, seed: seed) : nil
    }
}

extension BootstrapStage: ExpressibleByArgument {}
