#pragma once
// The weights and cut-offs of the alignment model (docs/model.md explains each default).

namespace faultline {

struct AlignmentOptions {
  double values_weight = 1.0;  // α: weight of value agreement in worth
  double threat_weight = 1.0;  // β: weight of the common threat in worth
  double issue_weight = 0.25;  // γ: weight of salience-weighted issue divergence (a cost) in worth
  double power_weight = 0.5;   // δ: weight of deference to a stronger partner in worth
  // A faultline is active when the sides' joint salience sqrt(s_a s_b) reaches this, latent below it.
  double active_salience = 0.35;
  // Faultlines and projection gaps whose severity is below this are not listed.
  double min_severity = 0.05;
  // Classification: the share of the tie's basis a term needs to name the tie.
  double aligned_share = 0.5;    // values share needed on *both* sides for `aligned`
  double power_asymmetry = 0.5;  // |PA| from which a tie can be power-dependent
};

}  // namespace faultline
