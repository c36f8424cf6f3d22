#include "faultline/analysis/partition_score.hpp"

#include <algorithm>
#include <cstddef>
#include <map>

#include "faultline/model/error.hpp"

namespace faultline {
namespace {

double pairs(double count) {
  return count * (count - 1.0) / 2.0;
}

// Largest total of a one-to-one matching of rows to columns in a contingency table: exact over subsets of
// columns when there are at most 16 of them, greedy by largest cell otherwise.
int best_matching(const std::vector<std::vector<int>>& table, std::size_t columns) {
  if (columns <= 16) {
    std::vector<int> best(std::size_t{1} << columns, -1);
    best[0] = 0;
    for (const auto& row : table) {
      std::vector<int> next = best;  // the row may stay unmatched
      for (std::size_t mask = 0; mask < best.size(); ++mask) {
        if (best[mask] < 0) continue;
        for (std::size_t c = 0; c < columns; ++c) {
          if ((mask >> c) & 1U) continue;
          const std::size_t with = mask | (std::size_t{1} << c);
          next[with] = std::max(next[with], best[mask] + row[c]);
        }
      }
      best = std::move(next);
    }
    return *std::max_element(best.begin(), best.end());
  }
  struct Cell {
    int count;
    std::size_t row;
    std::size_t column;
  };
  std::vector<Cell> cells;
  for (std::size_t r = 0; r < table.size(); ++r)
    for (std::size_t c = 0; c < columns; ++c) cells.push_back({table[r][c], r, c});
  std::stable_sort(cells.begin(), cells.end(),
                   [](const Cell& a, const Cell& b) { return a.count > b.count; });
  std::vector<bool> row_used(table.size(), false);
  std::vector<bool> column_used(columns, false);
  int total = 0;
  for (const Cell& cell : cells) {
    if (row_used[cell.row] || column_used[cell.column]) continue;
    row_used[cell.row] = column_used[cell.column] = true;
    total += cell.count;
  }
  return total;
}

}  // namespace

PartitionScore score_partition(const std::vector<int>& predicted, const std::vector<std::string>& truth) {
  if (predicted.size() != truth.size())
    throw Error("score_partition: one prediction per ground-truth label expected");
  PartitionScore score;
  score.scored = static_cast<int>(truth.size());
  if (truth.empty()) return score;
  std::map<int, std::size_t> row_of;
  std::map<std::string, std::size_t> column_of;
  for (int p : predicted) row_of.emplace(p, row_of.size());
  for (const std::string& t : truth) column_of.emplace(t, column_of.size());
  std::vector<std::vector<int>> table(row_of.size(), std::vector<int>(column_of.size(), 0));
  for (std::size_t i = 0; i < truth.size(); ++i) ++table[row_of[predicted[i]]][column_of[truth[i]]];

  score.matched = best_matching(table, column_of.size());
  score.accuracy = static_cast<double>(score.matched) / static_cast<double>(truth.size());

  double index = 0.0;
  std::vector<double> column_sums(column_of.size(), 0.0);
  double row_pairs = 0.0;
  for (const auto& row : table) {
    double row_sum = 0.0;
    for (std::size_t c = 0; c < row.size(); ++c) {
      index += pairs(row[c]);
      row_sum += row[c];
      column_sums[c] += row[c];
    }
    row_pairs += pairs(row_sum);
  }
  double column_pairs = 0.0;
  for (double sum : column_sums) column_pairs += pairs(sum);
  const double total_pairs = pairs(static_cast<double>(truth.size()));
  const double expected = total_pairs > 0.0 ? row_pairs * column_pairs / total_pairs : 0.0;
  const double maximum = 0.5 * (row_pairs + column_pairs);
  // Both partitions trivial (all singletons or one block each, identically): they agree perfectly.
  score.adjusted_rand = maximum - expected == 0.0 ? 1.0 : (index - expected) / (maximum - expected);
  return score;
}

PartitionScore score_against_groups(const SignedGraph& graph, const std::vector<int>& predicted) {
  std::vector<int> scored_predictions;
  std::vector<std::string> truth;
  for (int v = 0; v < graph.node_count(); ++v) {
    const auto& group = graph.node(v).group;
    if (!group) continue;
    scored_predictions.push_back(predicted[static_cast<std::size_t>(v)]);
    truth.push_back(*group);
  }
  return score_partition(scored_predictions, truth);
}

}  // namespace faultline
