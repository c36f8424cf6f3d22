#include "faultline/analysis/value_map.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <optional>

namespace faultline {
namespace {

constexpr double eigen_floor = 1e-12;  // eigenvalues below this carry no variance (round-off)

struct PairDistance {
  std::optional<double> distance;  // absent: no dimension in common
};

PairDistance pair_distance(const Actor& a, const Actor& b, bool salience_weighted) {
  double weighted_sum = 0.0;
  double weight_total = 0.0;
  double plain_sum = 0.0;
  int shared = 0;
  for (const auto& [dimension, stance_a] : a.values) {
    const auto found = b.values.find(dimension);
    if (found == b.values.end()) continue;
    const double difference = stance_a.position.value - found->second.position.value;
    const double weight =
        salience_weighted
            ? std::sqrt(std::max(0.0, stance_a.salience.value) * std::max(0.0, found->second.salience.value))
            : 1.0;
    weighted_sum += weight * difference * difference;
    weight_total += weight;
    plain_sum += difference * difference;
    ++shared;
  }
  if (shared == 0) return {};
  // Both sides indifferent to every shared dimension: every dimension counts alike.
  if (weight_total <= 0.0) return {std::sqrt(plain_sum / shared)};
  return {std::sqrt(weighted_sum / weight_total)};
}

// Pearson correlation of `xs` and `ys`; nullopt when either does not vary.
std::optional<double> correlation(const std::vector<double>& xs, const std::vector<double>& ys) {
  const auto n = static_cast<double>(xs.size());
  if (xs.size() < 2) return std::nullopt;
  double mean_x = 0.0;
  double mean_y = 0.0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    mean_x += xs[i] / n;
    mean_y += ys[i] / n;
  }
  double sxy = 0.0;
  double sxx = 0.0;
  double syy = 0.0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    sxy += (xs[i] - mean_x) * (ys[i] - mean_y);
    sxx += (xs[i] - mean_x) * (xs[i] - mean_x);
    syy += (ys[i] - mean_y) * (ys[i] - mean_y);
  }
  if (sxx <= eigen_floor || syy <= eigen_floor) return std::nullopt;
  return sxy / std::sqrt(sxx * syy);
}

// The dimension whose positions follow axis `k` most closely; flips the axis so the correlation is positive.
MapAxis orient_axis(const Scenario& scenario, std::vector<std::array<double, 2>>& points, std::size_t k) {
  MapAxis axis;
  double best = 0.0;
  for (const Dimension& dimension : scenario.dimensions) {
    std::vector<double> coordinates;
    std::vector<double> positions;
    for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
      const auto found = scenario.actors[i].values.find(dimension.id);
      if (found == scenario.actors[i].values.end()) continue;
      coordinates.push_back(points[i][k]);
      positions.push_back(found->second.position.value);
    }
    const std::optional<double> r = correlation(coordinates, positions);
    // Strictly larger: on a tie the dimension declared first names the axis.
    if (r && std::abs(*r) > best + 1e-9) {
      best = std::abs(*r);
      axis.dimension = dimension.id;
      axis.correlation = *r;
    }
  }
  if (axis.correlation < 0.0) {
    for (auto& point : points) point[k] = -point[k];
    axis.correlation = -axis.correlation;
  }
  return axis;
}

}  // namespace

MdsResult classical_mds(const std::vector<std::vector<double>>& distances) {
  const auto n = static_cast<Eigen::Index>(distances.size());
  MdsResult result;
  result.points.assign(distances.size(), {0.0, 0.0});
  if (n < 2) return result;
  Eigen::MatrixXd squared(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) {
      const double d = distances[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
      squared(i, j) = d * d;
    }
  }
  // Double centring: B = −½ J D² J with J = I − 11ᵀ/n.
  const Eigen::MatrixXd centring =
      Eigen::MatrixXd::Identity(n, n) - Eigen::MatrixXd::Constant(n, n, 1.0 / static_cast<double>(n));
  Eigen::MatrixXd inner = -0.5 * centring * squared * centring;
  inner = 0.5 * (inner + inner.transpose());  // exact symmetry for the solver
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(inner);
  const Eigen::VectorXd& values = solver.eigenvalues();  // ascending
  for (Eigen::Index i = 0; i < n; ++i) result.positive_eigenvalue_sum += std::max(0.0, values(i));
  for (std::size_t k = 0; k < 2 && static_cast<Eigen::Index>(k) < n; ++k) {
    const Eigen::Index column = n - 1 - static_cast<Eigen::Index>(k);
    const double eigenvalue = values(column);
    result.eigenvalues[k] = std::max(0.0, eigenvalue);
    if (eigenvalue <= eigen_floor) continue;
    Eigen::VectorXd vector = solver.eigenvectors().col(column);
    Eigen::Index largest = 0;
    for (Eigen::Index i = 1; i < n; ++i) {
      if (std::abs(vector(i)) > std::abs(vector(largest)) + 1e-12) largest = i;
    }
    if (vector(largest) < 0.0) vector = -vector;
    const double scale = std::sqrt(eigenvalue);
    for (Eigen::Index i = 0; i < n; ++i) result.points[static_cast<std::size_t>(i)][k] = vector(i) * scale;
  }
  return result;
}

ValueDistances value_distances(const Scenario& scenario, const ValueMapOptions& options) {
  const std::size_t n = scenario.actors.size();
  ValueDistances result;
  result.matrix.assign(n, std::vector<double>(n, 0.0));
  std::vector<std::pair<std::size_t, std::size_t>> missing;
  double known_sum = 0.0;
  int known = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const PairDistance pair =
          pair_distance(scenario.actors[i], scenario.actors[j], options.salience_weighted);
      if (!pair.distance) {
        missing.emplace_back(i, j);
        continue;
      }
      result.matrix[i][j] = result.matrix[j][i] = *pair.distance;
      known_sum += *pair.distance;
      ++known;
    }
  }
  const double fill = known > 0 ? known_sum / known : 1.0;
  for (const auto& [i, j] : missing) result.matrix[i][j] = result.matrix[j][i] = fill;
  result.imputed_pairs = static_cast<int>(missing.size());
  return result;
}

ValueMap map_values(const Scenario& scenario, const ValueMapOptions& options) {
  ValueMap map;
  for (const Actor& actor : scenario.actors) map.actors.push_back(actor.id);
  ValueDistances distances = value_distances(scenario, options);
  MdsResult mds = classical_mds(distances.matrix);
  map.points = std::move(mds.points);
  map.distances = std::move(distances.matrix);
  map.imputed_pairs = distances.imputed_pairs;
  for (std::size_t k = 0; k < 2; ++k) {
    map.axes[k] = orient_axis(scenario, map.points, k);
    map.axes[k].eigenvalue = mds.eigenvalues[k];
  }
  if (mds.positive_eigenvalue_sum > 0.0)
    map.explained = (mds.eigenvalues[0] + mds.eigenvalues[1]) / mds.positive_eigenvalue_sum;
  return map;
}

}  // namespace faultline
