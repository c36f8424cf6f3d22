#include "faultline/io/edge_list.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "edge_list_csv.hpp"
#include "faultline/model/error.hpp"

namespace faultline::io {
namespace {

constexpr std::size_t max_reported_rows = 25;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(Diagnostic{path.string(), 0, 0, "", "cannot open the file"});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Collects the diagnostics of one file and throws them together.
class Problems {
 public:
  explicit Problems(std::string_view file) : file_(file) {}
  void add(int line, int column, std::string message) {
    if (list_.size() < max_reported_rows)
      list_.push_back(Diagnostic{file_, line, column, "", std::move(message)});
    ++count_;
  }
  void throw_if_any() {
    if (list_.empty()) return;
    if (count_ > list_.size())
      list_.push_back(Diagnostic{file_, 0, 0, "", std::to_string(count_ - list_.size()) + " more bad rows"});
    throw InputError(std::move(list_));
  }

 private:
  std::string file_;
  std::vector<Diagnostic> list_;
  std::size_t count_ = 0;
};

// The first header column whose (lower-case) name is one of `names`, or -1.
int find_column(const csv::Row& header, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names)
    for (std::size_t i = 0; i < header.fields.size(); ++i)
      if (csv::lowercase(header.fields[i].text) == name) return static_cast<int>(i);
  return -1;
}

int find_column_prefixed(const csv::Row& header, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes)
    for (std::size_t i = 0; i < header.fields.size(); ++i)
      if (csv::lowercase(header.fields[i].text).starts_with(prefix)) return static_cast<int>(i);
  return -1;
}

std::optional<double> parse_number(std::string_view text) {
  double value = 0.0;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

struct ParsedRows {
  csv::Row header;
  std::vector<csv::Row> rows;
};

ParsedRows parse_rows(std::string_view text, std::string_view file_name, std::string_view what) {
  int unterminated = 0;
  std::vector<csv::Row> rows = csv::parse(text, unterminated);
  if (unterminated != 0)
    throw InputError(
        Diagnostic{std::string{file_name}, unterminated, 0, "", "a quoted field is never closed"});
  if (rows.empty())
    throw InputError(Diagnostic{std::string{file_name}, 1, 1, "", std::string{what} + " is empty"});
  ParsedRows parsed;
  parsed.header = std::move(rows.front());
  parsed.rows.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
  return parsed;
}

struct EdgeColumns {
  int source = -1;
  int target = -1;
  int sign = -1;
  int weight = -1;
};

EdgeColumns edge_columns(const csv::Row& header, std::string_view file_name) {
  EdgeColumns columns;
  columns.source = find_column(header, {"source", "from", "src", "u"});
  columns.target = find_column(header, {"target", "to", "dst", "v"});
  columns.sign = find_column(header, {"sign"});
  columns.weight = find_column(header, {"weight", "value", "rating", "feature"});
  if (columns.source < 0 || columns.target < 0)
    throw InputError(
        Diagnostic{std::string{file_name}, header.line, 1, "",
                   "the header must name a `source` and a `target` column (also accepted: from/to)"});
  return columns;
}

// One arc from a row, or nullopt (and a diagnostic) when the row is bad; a row of value 0 gives weight 0.
std::optional<EdgeListArc> arc_from_row(const csv::Row& row, const EdgeColumns& columns,
                                        const EdgeListOptions& options, Problems& problems) {
  const int needed = std::max({columns.source, columns.target, columns.sign, columns.weight}) + 1;
  if (static_cast<int>(row.fields.size()) < needed) {
    problems.add(row.line, 1,
                 "expected at least " + std::to_string(needed) + " fields, found " +
                     std::to_string(row.fields.size()));
    return std::nullopt;
  }
  auto field = [&](int column) -> const csv::Field& { return row.fields[static_cast<std::size_t>(column)]; };
  EdgeListArc arc{field(columns.source).text, field(columns.target).text, 1.0};
  if (arc.source.empty() || arc.target.empty()) {
    problems.add(row.line, field(arc.source.empty() ? columns.source : columns.target).column,
                 "empty node id");
    return std::nullopt;
  }
  double sign = 1.0;
  if (columns.sign >= 0) {
    const auto value = parse_number(field(columns.sign).text);
    if (!value) {
      problems.add(row.line, field(columns.sign).column,
                   "sign '" + field(columns.sign).text + "' is not a number");
      return std::nullopt;
    }
    sign = *value;
  }
  double weight = 1.0;
  if (columns.weight >= 0) {
    const auto value = parse_number(field(columns.weight).text);
    if (!value || (columns.sign >= 0 && *value < 0.0)) {
      problems.add(
          row.line, field(columns.weight).column,
          "weight '" + field(columns.weight).text +
              (value ? "' must not be negative when a sign column gives the sign" : "' is not a number"));
      return std::nullopt;
    }
    weight = *value;
  }
  arc.weight = sign * weight;
  if (options.signs_only && arc.weight != 0.0) arc.weight = arc.weight > 0.0 ? 1.0 : -1.0;
  return arc;
}

// Maps each arc endpoint to a node id (by id, then by unique label); unknown endpoints are errors.
void resolve_endpoints(EdgeList& list, std::string_view edge_file) {
  if (list.nodes.empty()) return;
  std::unordered_map<std::string, std::string> by_key;
  std::map<std::string, int> label_count;
  for (const EdgeListNode& node : list.nodes) ++label_count[node.label];
  for (const EdgeListNode& node : list.nodes)
    if (label_count[node.label] == 1) by_key.emplace(node.label, node.id);
  for (const EdgeListNode& node : list.nodes) by_key[node.id] = node.id;  // ids win over labels
  Problems problems{edge_file};
  std::size_t arc_index = 0;
  for (EdgeListArc& arc : list.arcs) {
    ++arc_index;
    for (std::string* endpoint : {&arc.source, &arc.target}) {
      const auto it = by_key.find(*endpoint);
      if (it == by_key.end()) {
        problems.add(
            0, 0, "edge " + std::to_string(arc_index) + ": node '" + *endpoint + "' is not in the node file");
      } else {
        *endpoint = it->second;
      }
    }
  }
  problems.throw_if_any();
}

}  // namespace

EdgeList parse_edge_list(std::string_view edges_text, std::string_view file_name,
                         const EdgeListOptions& options) {
  const ParsedRows parsed = parse_rows(edges_text, file_name, "the edge list");
  const EdgeColumns columns = edge_columns(parsed.header, file_name);
  Problems problems{file_name};
  EdgeList list;
  list.arcs.reserve(parsed.rows.size());
  for (const csv::Row& row : parsed.rows) {
    auto arc = arc_from_row(row, columns, options, problems);
    if (arc && arc->weight != 0.0) list.arcs.push_back(std::move(*arc));
  }
  problems.throw_if_any();
  return list;
}

std::vector<EdgeListNode> parse_node_file(std::string_view text, std::string_view file_name,
                                          const EdgeListOptions& options) {
  const ParsedRows parsed = parse_rows(text, file_name, "the node file");
  const csv::Row& header = parsed.header;
  int id = find_column(header, {"id", "node", "actor"});
  if (id < 0) id = 0;
  int label = find_column(header, {"label", "name", "actor"});
  if (label == id) label = -1;
  int group = -1;
  if (!options.group_column.empty()) {
    group = find_column(header, {csv::lowercase(options.group_column)});
    if (group < 0)
      throw InputError(Diagnostic{std::string{file_name}, header.line, 1, "",
                                  "no column named '" + options.group_column + "'"});
  } else {
    group = find_column(header, {"group", "faction", "leaning", "party"});
    if (group < 0) group = find_column_prefixed(header, {"group", "club"});
  }
  const int size = find_column(header, {"size", "strength", "capability"});

  Problems problems{file_name};
  std::vector<EdgeListNode> nodes;
  std::unordered_map<std::string, int> first_line;
  for (const csv::Row& row : parsed.rows) {
    const int needed = std::max({id, label, group, size}) + 1;
    if (static_cast<int>(row.fields.size()) < needed) {
      problems.add(row.line, 1,
                   "expected at least " + std::to_string(needed) + " fields, found " +
                       std::to_string(row.fields.size()));
      continue;
    }
    auto field = [&](int column) -> const csv::Field& {
      return row.fields[static_cast<std::size_t>(column)];
    };
    EdgeListNode node;
    node.id = field(id).text;
    if (node.id.empty()) {
      problems.add(row.line, field(id).column, "empty node id");
      continue;
    }
    const auto [it, inserted] = first_line.emplace(node.id, row.line);
    if (!inserted) {
      problems.add(row.line, field(id).column,
                   "node '" + node.id + "' already given on line " + std::to_string(it->second));
      continue;
    }
    node.label = label >= 0 ? field(label).text : node.id;
    if (group >= 0 && !field(group).text.empty()) node.group = field(group).text;
    if (size >= 0) {
      const auto value = parse_number(field(size).text);
      if (!value || *value < 0.0) {
        problems.add(row.line, field(size).column, "size '" + field(size).text + "' must be a number ≥ 0");
        continue;
      }
      node.size = *value;
    }
    nodes.push_back(std::move(node));
  }
  problems.throw_if_any();
  return nodes;
}

EdgeList read_edge_list(const std::filesystem::path& edges, const std::optional<std::filesystem::path>& nodes,
                        const EdgeListOptions& options) {
  EdgeList list = parse_edge_list(read_file(edges), edges.string(), options);
  if (nodes) {
    list.nodes = parse_node_file(read_file(*nodes), nodes->string(), options);
    resolve_endpoints(list, edges.string());
  }
  return list;
}

std::vector<std::pair<std::string, EdgeList>> read_edge_list_partitions(const std::filesystem::path& edges,
                                                                        std::string_view column,
                                                                        const EdgeListOptions& options) {
  const std::string text = read_file(edges);
  const ParsedRows parsed = parse_rows(text, edges.string(), "the edge list");
  const EdgeColumns columns = edge_columns(parsed.header, edges.string());
  const int split = find_column(parsed.header, {csv::lowercase(column)});
  if (split < 0)
    throw InputError(Diagnostic{edges.string(), parsed.header.line, 1, "",
                                "no column named '" + std::string{column} + "'"});
  Problems problems{edges.string()};
  std::vector<std::pair<std::string, EdgeList>> parts;
  std::unordered_map<std::string, std::size_t> part_of;
  for (const csv::Row& row : parsed.rows) {
    auto arc = arc_from_row(row, columns, options, problems);
    if (!arc || arc->weight == 0.0 || static_cast<int>(row.fields.size()) <= split) continue;
    const std::string& key = row.fields[static_cast<std::size_t>(split)].text;
    const auto [it, inserted] = part_of.emplace(key, parts.size());
    if (inserted) parts.emplace_back(key, EdgeList{});
    parts[it->second].second.arcs.push_back(std::move(*arc));
  }
  problems.throw_if_any();
  return parts;
}

}  // namespace faultline::io
