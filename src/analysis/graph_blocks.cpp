#include "faultline/analysis/graph_blocks.hpp"

#include <algorithm>
#include <cstddef>

namespace faultline {

// Tarjan–Hopcroft with an explicit stack (real networks are deep enough to overflow recursion).
GraphBlocks biconnected_blocks(const SignedGraph& graph) {
  const auto n = static_cast<std::size_t>(graph.node_count());
  GraphBlocks result;
  result.cut_vertex.assign(n, false);
  std::vector<int> discovered(n, -1);
  std::vector<int> low(n, 0);
  std::vector<int> edge_stack;
  struct Frame {
    int node;
    int parent_edge;
    std::size_t next;  // next neighbour to look at
    int children;
  };
  std::vector<Frame> frames;
  int timer = 0;
  for (int root = 0; root < graph.node_count(); ++root) {
    if (discovered[static_cast<std::size_t>(root)] >= 0) continue;
    discovered[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = timer++;
    frames.push_back({root, -1, 0, 0});
    while (!frames.empty()) {
      Frame& frame = frames.back();
      const auto v = static_cast<std::size_t>(frame.node);
      const auto neighbors = graph.neighbors(frame.node);
      if (frame.next < neighbors.size()) {
        const SignedNeighbor& neighbor = neighbors[frame.next++];
        if (neighbor.edge == frame.parent_edge) continue;
        const auto w = static_cast<std::size_t>(neighbor.node);
        if (discovered[w] < 0) {
          edge_stack.push_back(neighbor.edge);
          discovered[w] = low[w] = timer++;
          ++frame.children;
          frames.push_back({neighbor.node, neighbor.edge, 0, 0});
        } else if (discovered[w] < discovered[v]) {
          edge_stack.push_back(neighbor.edge);
          low[v] = std::min(low[v], discovered[w]);
        }
        continue;
      }
      const Frame finished = frame;
      frames.pop_back();
      if (frames.empty()) {
        if (finished.children > 1) result.cut_vertex[v] = true;
        continue;
      }
      const auto parent = static_cast<std::size_t>(frames.back().node);
      low[parent] = std::min(low[parent], low[v]);
      if (low[v] >= discovered[parent]) {
        if (frames.size() > 1) result.cut_vertex[parent] = true;
        std::vector<int> block;
        while (!edge_stack.empty()) {
          const int e = edge_stack.back();
          edge_stack.pop_back();
          block.push_back(e);
          if (e == finished.parent_edge) break;
        }
        std::sort(block.begin(), block.end());
        result.blocks.push_back(std::move(block));
      }
    }
  }
  return result;
}

}  // namespace faultline
