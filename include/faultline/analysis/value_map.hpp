#pragma once
// The alignment map's geometry: actors placed in 2-D by classical (Torgerson) multidimensional scaling of
// their value positions, so that actors who hold the same values sit close together and the picture needs no
// explanation beyond its axes. Pure: reads a Scenario, returns coordinates.
//
// Distance between two actors, over the dimensions both hold (a stance the other lacks says nothing about
// how far apart they are):
//   d(a, b) = sqrt( Σ_d w_d (x_a,d − x_b,d)² / Σ_d w_d ),   w_d = sqrt(s_a,d · s_b,d)  (joint salience)
// a salience-weighted root-mean-square difference in [0, 2]: a value neither side cares about moves them
// little, and pairs that share few dimensions stay comparable with pairs that share many. Weights fall back
// to 1 when both sides give every shared dimension zero salience. A pair with no dimension in common gets
// the mean of the known distances (or 1, halfway across the scale, when none is known).
//
// Axes: the two largest eigenvalues of B = −½ J D² J. Eigenvectors have no sign of their own, so each axis is
// oriented to read like a value axis: towards the + pole of the dimension its coordinates correlate with most
// (Pearson, over the actors holding that dimension); when no dimension varies with it, its largest coordinate
// is positive.

#include <array>
#include <string>
#include <vector>

#include "faultline/model/scenario.hpp"

namespace faultline {

struct ValueMapOptions {
  bool salience_weighted = true;  // false: every shared dimension weighs 1
};

// What one map axis means: the dimension it follows most closely.
struct MapAxis {
  std::string dimension;     // empty when no dimension varies with the axis
  double correlation = 0.0;  // Pearson r with that dimension's positions (≥ 0 after orientation)
  double eigenvalue = 0.0;   // the variance the axis carries
};

struct ValueMap {
  std::vector<std::string> actors;             // scenario order
  std::vector<std::array<double, 2>> points;   // one per actor
  std::vector<std::vector<double>> distances;  // the distances the map was built from
  std::array<MapAxis, 2> axes;
  double explained = 0.0;  // share of the positive eigenvalues' sum the two axes carry (1: an exact map)
  int imputed_pairs = 0;   // pairs with no dimension in common
};

// Classical MDS of a symmetric distance matrix to 2-D (the second coordinate is 0 when n < 3 or the points
// are collinear). Each axis's largest-magnitude coordinate is positive (the first on a tie). `eigenvalues`,
// when given, receives the two largest eigenvalues and the sum of the positive ones.
struct MdsResult {
  std::vector<std::array<double, 2>> points;
  std::array<double, 2> eigenvalues{};
  double positive_eigenvalue_sum = 0.0;
};
[[nodiscard]] MdsResult classical_mds(const std::vector<std::vector<double>>& distances);

// The salience-weighted value distance of every pair of actors (see above), in scenario order.
struct ValueDistances {
  std::vector<std::vector<double>> matrix;
  int imputed_pairs = 0;  // pairs with no dimension in common
};
[[nodiscard]] ValueDistances value_distances(const Scenario& scenario, const ValueMapOptions& options = {});

[[nodiscard]] ValueMap map_values(const Scenario& scenario, const ValueMapOptions& options = {});

}  // namespace faultline
