#include "faultline/analysis/frustration_exact.hpp"

#include <glpk.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <map>
#include <queue>
#include <set>

#include "faultline/analysis/frustration_bound.hpp"
#include "faultline/analysis/frustration_heuristic.hpp"
#include "faultline/analysis/graph_blocks.hpp"
#include "faultline/model/error.hpp"

namespace faultline {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double violation_epsilon = 1e-6;
constexpr int root_cut_rounds = 200;
constexpr int cuts_per_node = 30;

// One biconnected block as a graph of its own, with the map back to the whole graph's edges.
struct Block {
  SignedGraph graph;
  std::vector<int> edge_in_whole;  // local edge -> whole-graph edge
  std::vector<int> node_in_whole;  // local node -> whole-graph node
};

Block extract_block(const SignedGraph& whole, const std::vector<int>& edges) {
  std::map<int, int> local;
  for (int e : edges) {
    local.emplace(whole.edges()[static_cast<std::size_t>(e)].u, 0);
    local.emplace(whole.edges()[static_cast<std::size_t>(e)].v, 0);
  }
  std::vector<SignedNode> nodes;
  std::vector<int> node_in_whole;
  for (auto& [global, index] : local) {
    index = static_cast<int>(nodes.size());
    nodes.push_back(whole.node(global));
    node_in_whole.push_back(global);
  }
  std::vector<SignedEdge> block_edges;
  for (int e : edges) {
    const SignedEdge& edge = whole.edges()[static_cast<std::size_t>(e)];
    block_edges.push_back({local[edge.u], local[edge.v], edge.weight});
  }
  // Edge order is preserved by the SignedGraph constructor, so local edge i is edges[i].
  return Block{SignedGraph{std::move(nodes), std::move(block_edges)}, edges, std::move(node_in_whole)};
}

// An odd-cycle inequality Σ_{e∉F} f_e + Σ_{e∈F} (1 − f_e) ≥ 1 over a negative-parity simple cycle.
struct CycleCut {
  std::vector<int> edges;
  std::vector<int> in_f;  // 1 when the edge enters as (1 − f_e)
};

// Shortest odd closed walks in the parity-doubled graph, from every node; keeps the simple ones shorter
// than 1.
std::vector<CycleCut> separate_cycle_cuts(const SignedGraph& graph, const std::vector<double>& f,
                                          int max_cuts, Clock::time_point deadline) {
  const int n = graph.node_count();
  std::vector<CycleCut> cuts;
  std::set<std::vector<int>> seen;
  std::vector<double> distance(2 * static_cast<std::size_t>(n));
  struct Step {
    int from = -1;  // doubled node we came from
    int edge = -1;
    int in_f = 0;
  };
  std::vector<Step> previous(2 * static_cast<std::size_t>(n));
  using Entry = std::pair<double, int>;
  std::vector<std::pair<double, CycleCut>> found;
  for (int source = 0; source < n; ++source) {
    if ((source & 63) == 63 && Clock::now() > deadline) break;  // large graphs: a partial round still helps
    std::fill(distance.begin(), distance.end(), 2.0);
    std::fill(previous.begin(), previous.end(), Step{});
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    const int start = 2 * source;
    const int goal = 2 * source + 1;
    distance[static_cast<std::size_t>(start)] = 0.0;
    queue.emplace(0.0, start);
    while (!queue.empty()) {
      const auto [d, doubled] = queue.top();
      queue.pop();
      if (d > distance[static_cast<std::size_t>(doubled)] || d >= 1.0 - violation_epsilon) continue;
      if (doubled == goal) break;
      const int v = doubled / 2;
      const int parity = doubled % 2;
      for (const SignedNeighbor& neighbor : graph.neighbors(v)) {
        const double fe = f[static_cast<std::size_t>(neighbor.edge)];
        const int sign_parity = neighbor.weight < 0.0 ? 1 : 0;
        for (int in_f = 0; in_f < 2; ++in_f) {
          const double length = in_f != 0 ? 1.0 - fe : fe;
          const int next = 2 * neighbor.node + (parity ^ sign_parity ^ in_f);
          const double candidate = d + std::max(0.0, length);
          if (candidate < distance[static_cast<std::size_t>(next)]) {
            distance[static_cast<std::size_t>(next)] = candidate;
            previous[static_cast<std::size_t>(next)] = {doubled, neighbor.edge, in_f};
            queue.emplace(candidate, next);
          }
        }
      }
    }
    if (distance[static_cast<std::size_t>(goal)] >= 1.0 - violation_epsilon) continue;
    CycleCut cut;
    std::vector<int> visited;
    bool simple = true;
    for (int at = goal; at != start;) {
      const Step& step = previous[static_cast<std::size_t>(at)];
      cut.edges.push_back(step.edge);
      cut.in_f.push_back(step.in_f);
      at = step.from;
      if (at != start) visited.push_back(at / 2);
    }
    std::sort(visited.begin(), visited.end());
    simple = std::adjacent_find(visited.begin(), visited.end()) == visited.end() &&
             !std::binary_search(visited.begin(), visited.end(), source);
    if (!simple) continue;
    std::vector<int> key;
    for (std::size_t i = 0; i < cut.edges.size(); ++i) key.push_back(2 * cut.edges[i] + cut.in_f[i]);
    std::sort(key.begin(), key.end());
    if (!seen.insert(key).second) continue;
    found.emplace_back(distance[static_cast<std::size_t>(goal)], std::move(cut));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [length, cut] : found) {
    if (static_cast<int>(cuts.size()) >= max_cuts) break;
    cuts.push_back(std::move(cut));
  }
  return cuts;
}

// Row form of a cut over the f columns (GLPK is 1-based; f of edge e is column first_f + e).
struct RowForm {
  std::vector<int> index{0};
  std::vector<double> value{0.0};
  double lower = 1.0;
};

RowForm row_form(const CycleCut& cut, int first_f) {
  RowForm row;
  for (std::size_t i = 0; i < cut.edges.size(); ++i) {
    row.index.push_back(first_f + cut.edges[i]);
    row.value.push_back(cut.in_f[i] != 0 ? -1.0 : 1.0);
    if (cut.in_f[i] != 0) row.lower -= 1.0;
  }
  return row;
}

struct GlpkProblem {
  glp_prob* problem = glp_create_prob();
  GlpkProblem() = default;
  GlpkProblem(const GlpkProblem&) = delete;
  GlpkProblem& operator=(const GlpkProblem&) = delete;
  ~GlpkProblem() { glp_delete_prob(problem); }
};

struct BlockSolution {
  double upper = 0.0;
  double lower = 0.0;
  Sides sides;
};

struct SearchState {
  const SignedGraph* graph = nullptr;
  std::vector<double> warm_start;  // 1-based column values of the incumbent split
  bool warm_start_given = false;
  bool integral = false;
  double best_bound = 0.0;
  int first_f = 0;
  Clock::time_point deadline;
};

std::vector<double> f_values(glp_prob* problem, int first_f, int edges) {
  std::vector<double> f(static_cast<std::size_t>(edges));
  for (int e = 0; e < edges; ++e) f[static_cast<std::size_t>(e)] = glp_get_col_prim(problem, first_f + e);
  return f;
}

double rounded_bound(double bound, bool integral) {
  return integral ? std::ceil(bound - 1e-6) : bound;
}

void glpk_callback(glp_tree* tree, void* info) {
  auto& state = *static_cast<SearchState*>(info);
  switch (glp_ios_reason(tree)) {
    case GLP_IHEUR:
      if (!state.warm_start_given) {
        state.warm_start_given = true;
        glp_ios_heur_sol(tree, state.warm_start.data());
      }
      break;
    case GLP_ICUTGEN: {
      glp_prob* problem = glp_ios_get_prob(tree);
      const auto cuts =
          separate_cycle_cuts(*state.graph, f_values(problem, state.first_f, state.graph->edge_count()),
                              cuts_per_node, state.deadline);
      for (const CycleCut& cut : cuts) {
        const RowForm row = row_form(cut, state.first_f);
        glp_ios_add_row(tree, nullptr, 0, 0, static_cast<int>(row.index.size()) - 1, row.index.data(),
                        row.value.data(), GLP_LO, row.lower);
      }
      break;
    }
    case GLP_ISELECT: {
      const int best_node = glp_ios_best_node(tree);
      if (best_node == 0) break;
      const double bound = rounded_bound(glp_ios_node_bound(tree, best_node), state.integral);
      state.best_bound = std::max(state.best_bound, bound);
      glp_prob* problem = glp_ios_get_prob(tree);
      // Whole weights: an incumbent within less than 1 of the bound is optimal; GLPK does not know that.
      if (glp_mip_status(problem) == GLP_FEAS && bound >= glp_mip_obj_val(problem) - 1e-6)
        glp_ios_terminate(tree);
      break;
    }
    default:
      break;
  }
}

BlockSolution solve_block_exactly(const SignedGraph& graph, const Sides& incumbent, double incumbent_value,
                                  Clock::time_point deadline) {
  const int n = graph.node_count();
  const int m = graph.edge_count();
  const bool integral = has_integral_weights(graph);
  GlpkProblem glpk;
  glp_prob* problem = glpk.problem;
  glp_set_obj_dir(problem, GLP_MIN);
  glp_add_cols(problem, n + m);
  // The node with most ties keeps side 0: one of each mirror pair of splits remains.
  int anchor = 0;
  for (int v = 1; v < n; ++v)
    if (graph.neighbors(v).size() > graph.neighbors(anchor).size()) anchor = v;
  for (int v = 0; v < n; ++v) {
    glp_set_col_kind(problem, v + 1, GLP_BV);
    if (v == anchor) glp_set_col_bnds(problem, v + 1, GLP_FX, 0.0, 0.0);
  }
  const int first_f = n + 1;
  for (int e = 0; e < m; ++e) {
    glp_set_col_bnds(problem, first_f + e, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(problem, first_f + e, graph.edges()[static_cast<std::size_t>(e)].magnitude());
  }
  glp_add_rows(problem, 2 * m);
  for (int e = 0; e < m; ++e) {
    const SignedEdge& edge = graph.edges()[static_cast<std::size_t>(e)];
    const int xu = edge.u + 1;
    const int xv = edge.v + 1;
    const int fe = first_f + e;
    std::array<int, 4> index{0, fe, xu, xv};
    if (edge.negative()) {
      std::array<double, 4> plus{0, 1, 1, 1};     // f + xu + xv >= 1
      std::array<double, 4> minus{0, 1, -1, -1};  // f - xu - xv >= -1
      glp_set_mat_row(problem, 2 * e + 1, 3, index.data(), plus.data());
      glp_set_row_bnds(problem, 2 * e + 1, GLP_LO, 1.0, 0.0);
      glp_set_mat_row(problem, 2 * e + 2, 3, index.data(), minus.data());
      glp_set_row_bnds(problem, 2 * e + 2, GLP_LO, -1.0, 0.0);
    } else {
      std::array<double, 4> first{0, 1, -1, 1};   // f - xu + xv >= 0
      std::array<double, 4> second{0, 1, 1, -1};  // f + xu - xv >= 0
      glp_set_mat_row(problem, 2 * e + 1, 3, index.data(), first.data());
      glp_set_row_bnds(problem, 2 * e + 1, GLP_LO, 0.0, 0.0);
      glp_set_mat_row(problem, 2 * e + 2, 3, index.data(), second.data());
      glp_set_row_bnds(problem, 2 * e + 2, GLP_LO, 0.0, 0.0);
    }
  }

  // Root: tighten the LP relaxation with odd-cycle inequalities until none is violated.
  glp_smcp simplex;
  glp_init_smcp(&simplex);
  simplex.msg_lev = GLP_MSG_OFF;
  double root_bound = 0.0;
  for (int round = 0; round < root_cut_rounds; ++round) {
    simplex.tm_lim = static_cast<int>(
        std::clamp(std::chrono::duration<double>(deadline - Clock::now()).count(), 0.001, 2.0e6) * 1000.0);
    if (glp_simplex(problem, &simplex) != 0 || glp_get_status(problem) != GLP_OPT) {
      if (Clock::now() > deadline) break;  // out of time: keep the last proven root bound
      throw Error("frustration_exact: the LP relaxation could not be solved");
    }
    root_bound = std::max(root_bound, glp_get_obj_val(problem));  // each round's LP is a valid relaxation
    if (rounded_bound(root_bound, integral) >= incumbent_value - 1e-6 || Clock::now() > deadline) break;
    const auto cuts =
        separate_cycle_cuts(graph, f_values(problem, first_f, m), std::max(10, std::min(n, 500)), deadline);
    if (cuts.empty()) break;
    for (const CycleCut& cut : cuts) {
      const RowForm row = row_form(cut, first_f);
      const int r = glp_add_rows(problem, 1);
      glp_set_mat_row(problem, r, static_cast<int>(row.index.size()) - 1, row.index.data(), row.value.data());
      glp_set_row_bnds(problem, r, GLP_LO, row.lower, 0.0);
    }
  }
  root_bound = rounded_bound(root_bound, integral);
  if (root_bound >= incumbent_value - 1e-6) return {incumbent_value, incumbent_value, incumbent};
  if (Clock::now() >= deadline) return {incumbent_value, root_bound, incumbent};

  SearchState state;
  state.graph = &graph;
  state.integral = integral;
  state.first_f = first_f;
  state.best_bound = root_bound;
  state.deadline = deadline;
  state.warm_start.assign(static_cast<std::size_t>(n + m) + 1, 0.0);
  const bool flip = incumbent[static_cast<std::size_t>(anchor)] != 0;
  for (int v = 0; v < n; ++v)
    state.warm_start[static_cast<std::size_t>(v) + 1] =
        (incumbent[static_cast<std::size_t>(v)] != 0) != flip ? 1 : 0;
  for (int e = 0; e < m; ++e)
    state.warm_start[static_cast<std::size_t>(first_f + e)] =
        is_frustrated(graph.edges()[static_cast<std::size_t>(e)], incumbent) ? 1.0 : 0.0;

  glp_iocp integer;
  glp_init_iocp(&integer);
  integer.msg_lev = GLP_MSG_OFF;
  integer.cb_func = glpk_callback;
  integer.cb_info = &state;
  integer.br_tech = GLP_BR_DTH;
  integer.bt_tech = GLP_BT_BLB;
  integer.tm_lim = static_cast<int>(
      std::clamp(std::chrono::duration<double>(deadline - Clock::now()).count(), 0.001, 2.0e6) * 1000.0);
  const int code = glp_intopt(problem, &integer);
  const int status = glp_mip_status(problem);
  BlockSolution solution{incumbent_value, state.best_bound, incumbent};
  if (status == GLP_OPT || status == GLP_FEAS) {
    Sides sides(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
      sides[static_cast<std::size_t>(v)] = glp_mip_col_val(problem, v + 1) > 0.5 ? 1 : 0;
    const double value = frustration_of(graph, sides);
    if (value < solution.upper) solution = {value, solution.lower, std::move(sides)};
  }
  // GLPK's own proof (tree exhausted) or our rounded bound reaching the incumbent.
  if ((code == 0 && status == GLP_OPT) || solution.lower >= solution.upper - 1e-6)
    solution.lower = solution.upper;
  return solution;
}

// Sides of the whole graph from which edges are frustrated: walk a spanning forest and keep each tree edge
// in its state. Blocks meet only at cut vertices, so the block splits fit together without conflict.
Sides sides_from_frustrated_edges(const SignedGraph& graph, const std::vector<std::uint8_t>& frustrated) {
  const auto n = static_cast<std::size_t>(graph.node_count());
  Sides sides(n, 0);
  std::vector<std::uint8_t> seen(n, 0);
  std::vector<int> stack;
  for (int root = 0; root < graph.node_count(); ++root) {
    if (seen[static_cast<std::size_t>(root)] != 0) continue;
    seen[static_cast<std::size_t>(root)] = 1;
    stack.push_back(root);
    while (!stack.empty()) {
      const int v = stack.back();
      stack.pop_back();
      for (const SignedNeighbor& neighbor : graph.neighbors(v)) {
        const auto u = static_cast<std::size_t>(neighbor.node);
        if (seen[u] != 0) continue;
        seen[u] = 1;
        const bool across =
            (neighbor.weight < 0.0) != (frustrated[static_cast<std::size_t>(neighbor.edge)] != 0);
        sides[u] = sides[static_cast<std::size_t>(v)] ^ (across ? 1U : 0U);
        stack.push_back(neighbor.node);
      }
    }
  }
  return sides;
}

}  // namespace

FrustrationResult frustration_exact(const SignedGraph& graph, const FrustrationOptions& options) {
  const auto began = Clock::now();
  const auto deadline = began + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(std::max(0.0, options.time_limit_s)));
  glp_term_out(GLP_OFF);
  const LocalSearchPool pool = balance_local_search(graph, options);
  std::size_t best = 0;
  for (std::size_t i = 1; i < pool.values.size(); ++i)
    if (pool.values[i] < pool.values[best]) best = i;
  const Sides& start_split = pool.splits[best];

  std::vector<std::uint8_t> frustrated(static_cast<std::size_t>(graph.edge_count()), 0);
  double lower = 0.0;
  int searched = 0;
  for (const std::vector<int>& edges : biconnected_blocks(graph).blocks) {
    double block_value = 0.0;
    for (int e : edges) {
      const bool is = is_frustrated(graph.edges()[static_cast<std::size_t>(e)], start_split);
      frustrated[static_cast<std::size_t>(e)] = is ? 1 : 0;
      if (is) block_value += graph.edges()[static_cast<std::size_t>(e)].magnitude();
    }
    if (block_value == 0.0) continue;  // balanced under the local-search split: nothing to prove
    Block block = extract_block(graph, edges);
    Sides block_split(static_cast<std::size_t>(block.graph.node_count()));
    for (int v = 0; v < block.graph.node_count(); ++v)
      block_split[static_cast<std::size_t>(v)] =
          start_split[static_cast<std::size_t>(block.node_in_whole[static_cast<std::size_t>(v)])];
    double block_bound = negative_triangle_packing_bound(block.graph);
    if (has_integral_weights(block.graph)) block_bound = std::ceil(block_bound - 1e-9);
    if (block_bound >= block_value - 1e-9) {
      lower += block_bound;
      continue;
    }
    ++searched;
    const BlockSolution solution = solve_block_exactly(block.graph, block_split, block_value, deadline);
    lower += std::max(solution.lower, block_bound);
    for (int e = 0; e < block.graph.edge_count(); ++e)
      frustrated[static_cast<std::size_t>(block.edge_in_whole[static_cast<std::size_t>(e)])] =
          is_frustrated(block.graph.edges()[static_cast<std::size_t>(e)], solution.sides) ? 1 : 0;
  }

  FrustrationResult result;
  result.sides = sides_from_frustrated_edges(graph, frustrated);
  result.frustration = frustration_of(graph, result.sides);
  result.lower_bound = std::min(lower, result.frustration);
  result.optimal = result.lower_bound >= result.frustration - 1e-9;
  result.blocks_solved = searched;
  result.method = "exact (block decomposition, binary program with odd-cycle cuts, GLPK branch and bound)";
  result.certificate = result.optimal ? "lower bound = upper bound: proven optimal"
                                      : "time limit reached: the gap between the bounds is open";
  // Near-optimal splits: the exact split first, then every local-search split of the same value.
  std::vector<Sides> near_optimal{result.sides};
  for (std::size_t i = 0; i < pool.values.size(); ++i)
    if (pool.values[i] <= result.frustration + options.near_optimal_tolerance + 1e-9)
      near_optimal.push_back(pool.splits[i]);
  summarise_split_pool(graph, near_optimal, result);
  result.seconds = std::chrono::duration<double>(Clock::now() - began).count();
  return result;
}

}  // namespace faultline
