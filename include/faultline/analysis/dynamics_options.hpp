#pragma once
// The parameters of the stress engine's dynamics (DESIGN.md §3; docs/model.md gives each default and how it
// was calibrated on the historical cases in scenarios/history/).

namespace faultline {

struct DynamicsOptions {
  // Exit hazard λ = base_hazard · exp((threshold − W) / τ) per year: at W = threshold a side leaves at
  // `base_hazard` per year; every τ of worth below the threshold multiplies the rate by e.
  double base_hazard = 0.1;
  // τ falls linearly with the side's volatility: a calm side tolerates a shortfall longer.
  double tau_calm = 0.2;       // τ at volatility 0
  double tau_volatile = 0.05;  // τ at volatility 1
  // Salience random walk: sd of the change over one year (scaled by sqrt of the step in years).
  double salience_walk_sd = 0.1;
  // Flows (value and cost) decay towards zero with this half-life in years unless events renew them;
  // 0 switches the decay off.
  double flow_half_life_years = 3.0;
  // A misperception closes towards the truth at this rate per year times the observer's salience.
  double perception_rate = 0.5;
  // A misperception is revealed outright at this rate per year times the observer's salience.
  double revelation_rate = 0.2;
  // Multiplies every input's sd when runs sample their inputs (0: every run starts from the declared values).
  double input_sd_scale = 1.0;

  // Every stochastic process and every input sd off: the deterministic path (events and hazard only).
  [[nodiscard]] static DynamicsOptions deterministic() noexcept {
    DynamicsOptions options;
    options.salience_walk_sd = 0.0;
    options.flow_half_life_years = 0.0;
    options.perception_rate = 0.0;
    options.revelation_rate = 0.0;
    options.input_sd_scale = 0.0;
    return options;
  }
};

}  // namespace faultline
