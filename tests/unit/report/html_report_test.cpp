// The HTML report's structure on a small hand-made scenario: the elements each chart must have, the numbers
// it must show (equal to the JSON's), the escaping of every scenario string and no network reference.
#include "faultline/report/html_report.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <sstream>
#include <string>

#include "faultline/analysis/value_map.hpp"
#include "faultline/model/error.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/stress_json.hpp"

namespace faultline::report {
namespace {

Stance stance(double position, double salience) {
  return {{position, 0.05}, {salience, 0.05}};
}

// Three actors whose names try to break out of the HTML, one aligned tie and one transactional tie.
Scenario hostile_names() {
  Scenario scenario;
  scenario.id = "inject";
  scenario.title = "Title <script>alert('x')</script> & \"quotes\"";
  scenario.time = {*Date::from_iso("2025-01-01"), *Date::from_iso("2025-12-31"), 7.0, "week"};
  scenario.dimensions = {{"d1", "Values <b>one</b>", {"left <i>", "right & co"}, ""},
                         {"d2", "Values two", {"low", "high"}, ""}};
  scenario.issues = {{"i1", "Issue \"one\"", {"no", "yes"}, ""}};
  Actor a{.id = "a", .name = "Ann <img src=x onerror=alert(1)>", .capability = {1.0, 0.0}};
  a.values = {{"d1", stance(0.8, 0.9)}, {"d2", stance(0.7, 0.8)}};
  a.issues = {{"i1", stance(0.9, 0.5)}};
  a.perceives["c"]["d1"] = {0.8, 0.0};
  Actor b{.id = "b", .name = "Bob's", .capability = {2.0, 0.0}};
  b.values = {{"d1", stance(0.7, 0.9)}, {"d2", stance(0.6, 0.7)}};
  b.issues = {{"i1", stance(0.8, 0.5)}};
  Actor c{.id = "c", .name = "Cy", .capability = {3.0, 0.0}};
  c.values = {{"d1", stance(-0.8, 0.9)}, {"d2", stance(-0.5, 0.6)}};
  c.issues = {{"i1", stance(-0.9, 0.9)}};
  scenario.actors = {a, b, c};
  scenario.ties = {Tie{.between = {"a", "b"},
                       .flows = {Flow{"a", "b", "advice", {0.1, 0.0}, {0.05, 0.0}},
                                 Flow{"b", "a", "help", {0.1, 0.0}, {0.05, 0.0}}}},
                   Tie{.between = {"a", "c"},
                       .flows = {Flow{"a", "c", "money <script>", {0.9, 0.1}, {0.2, 0.0}},
                                 Flow{"c", "a", "access", {0.9, 0.1}, {0.2, 0.0}}}}};
  scenario.relations = {{{"a", "b"}, {0.8, 0.0}}, {{"b", "c"}, {-0.6, 0.0}}, {{"a", "c"}, {0.3, 0.0}}};
  scenario.events = {Event{*Date::from_iso("2025-06-01"), "Cy </title> walks out", {}}};
  Proposal proposal{.id = "p1", .title = "Do <u>it</u>", .by = "a", .room = {"b", "c"}};
  proposal.asserts = {{"d1", 0.8}};
  scenario.proposals = {proposal};
  return scenario;
}

struct Report {
  Scenario scenario = hostile_names();
  AlignmentResult alignment;
  BatteryResult battery;
  CoalitionResult coalition;
  PitchResult pitch;
  std::string page;

  Report() {
    alignment = analyze_alignment(scenario);
    StressOptions options;
    options.runs = 300;
    options.seed = 7;
    battery = run_stress_battery(scenario, options);
    coalition = analyze_coalition(scenario);
    PitchOptions pitch_options;
    pitch_options.proposal = "p1";
    pitch = brief_pitch(scenario, pitch_options);
    page = html_report_page({&scenario, &alignment, &battery, &coalition, {&pitch}});
  }
};

const Report& report() {
  static const Report instance;
  return instance;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return n;
}

// The chart of one kind: from its <figure class="chart chart-KIND"> to its </figure>.
std::string figure(const std::string& page, const std::string& kind, std::size_t nth = 0) {
  std::size_t at = 0;
  for (std::size_t i = 0; i <= nth; ++i) {
    at = page.find("<figure class=\"chart chart-" + kind + "\"", i == 0 ? 0 : at + 1);
    if (at == std::string::npos) return {};
  }
  return page.substr(at, page.find("</figure>", at) - at);
}

TEST(HtmlEscape, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(html_escape(R"(<a href="x">Tom & Jerry's</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(html_escape("plain – text"), "plain – text");
}

TEST(HtmlReport, IsOneCompletePage) {
  const std::string& page = report().page;
  EXPECT_EQ(page.rfind("<!doctype html>", 0), 0u);
  EXPECT_EQ(count(page, "<html"), 1u);
  EXPECT_EQ(count(page, "</html>"), 1u);
  EXPECT_NE(page.find("<style>"), std::string::npos);
  EXPECT_NE(page.find("@media print"), std::string::npos);
  EXPECT_NE(page.find("name=\"viewport\""), std::string::npos);
  for (const char* section :
       {"fl-overview", "fl-alignment", "fl-perception", "fl-stress", "fl-coalition", "fl-pitch"})
    EXPECT_NE(page.find(std::string{"<section id=\""} + section + "\""), std::string::npos) << section;
}

TEST(HtmlReport, EscapesEveryScenarioString) {
  const std::string& page = report().page;
  // Nothing the scenario says becomes markup.
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>one"), std::string::npos);
  EXPECT_EQ(page.find("<u>it"), std::string::npos);
  EXPECT_EQ(page.find("<i>"), std::string::npos);
  EXPECT_EQ(count(page, "</title>"), count(page, "<title"));  // the event's "</title>" closes nothing
  EXPECT_NE(page.find("Title &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"),
            std::string::npos);
  EXPECT_NE(page.find("Ann &lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(page.find("Bob&#39;s"), std::string::npos);
  EXPECT_NE(page.find("Cy &lt;/title&gt; walks out"), std::string::npos);
}

TEST(HtmlReport, ReferencesNothingOnTheNetwork) {
  const std::string& page = report().page;
  EXPECT_EQ(page.find("http://"), std::string::npos);
  EXPECT_EQ(page.find("https://"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_EQ(page.find("@import"), std::string::npos);
  // Attributes that load or link something point inside the page (escaped text like "src=x" is not one).
  const std::regex reference{R"re(<[a-zA-Z][^<>]*\s(src|href|xlink:href|action)\s*=\s*"([^"]*)")re"};
  for (auto it = std::sregex_iterator(page.begin(), page.end(), reference); it != std::sregex_iterator();
       ++it)
    EXPECT_EQ((*it)[2].str().rfind("#", 0), 0u) << (*it)[0].str();
  // Every url(…) points at a pattern inside the page.
  const std::regex url{R"re(url\(([^)]*)\))re"};
  for (auto it = std::sregex_iterator(page.begin(), page.end(), url); it != std::sregex_iterator(); ++it) {
    const std::string target = (*it)[1].str();
    ASSERT_EQ(target.rfind("#", 0), 0u) << target;
    EXPECT_NE(page.find("id=\"" + target.substr(1) + "\""), std::string::npos) << target;
  }
}

TEST(HtmlReport, EveryChartIsLabelledForScreenReaders) {
  const std::string& page = report().page;
  const std::size_t charts = count(page, "<figure class=\"chart");
  EXPECT_GE(charts,
            8u);  // map, 2×(basis, faultlines), perception, survival, battery, factions, keystones, pitch
  EXPECT_EQ(count(page, "role=\"img\""), charts);
  EXPECT_EQ(count(page, "aria-labelledby=\"fl-title-"), charts);
  // Every aria-labelledby id exists exactly once.
  const std::regex labelled{R"re(aria-labelledby="([^"]+)")re"};
  for (auto it = std::sregex_iterator(page.begin(), page.end(), labelled); it != std::sregex_iterator();
       ++it) {
    std::istringstream ids{(*it)[1].str()};
    for (std::string id; ids >> id;) EXPECT_EQ(count(page, "id=\"" + id + "\""), 1u) << id;
  }
  EXPECT_EQ(count(page, "<desc id="), charts);
  EXPECT_NE(page.find("viewBox=\"0 0 "), std::string::npos);
}

TEST(HtmlReport, MapHasOneCirclePerActorAndOneLinePerTie) {
  const Report& r = report();
  const std::string map = figure(r.page, "map");
  ASSERT_FALSE(map.empty());
  EXPECT_EQ(count(map, "<circle"), r.scenario.actors.size());
  EXPECT_EQ(count(map, "<g class=\"tie\""), r.scenario.ties.size());
  for (const TieAlignment& tie : r.alignment.ties) {
    EXPECT_NE(
        map.find(std::string{"data-classification=\""} + std::string{to_string(tie.classification)} + "\""),
        std::string::npos);
  }
  // The two allies sit closer together on the map than either does to their rival.
  const ValueMap values = map_values(r.scenario);
  const auto d = [&](std::size_t i, std::size_t j) {
    return std::hypot(values.points[i][0] - values.points[j][0], values.points[i][1] - values.points[j][1]);
  };
  EXPECT_LT(d(0, 1), d(0, 2));
  EXPECT_LT(d(0, 1), d(1, 2));
}

TEST(HtmlReport, ShowsEveryClassificationWordAndBasisTerm) {
  const Report& r = report();
  for (const TieAlignment& tie : r.alignment.ties) {
    EXPECT_NE(r.page.find(std::string{"badge-"} + std::string{to_string(tie.classification)}),
              std::string::npos);
    EXPECT_NE(r.page.find(tie.reason.substr(0, 20)), std::string::npos);
  }
  const std::string basis = figure(r.page, "basis");
  for (const char* term : {"shared values", "exchange", "common threat", "power"})
    EXPECT_NE(basis.find(term), std::string::npos) << term;
  EXPECT_NE(figure(r.page, "faultlines").find("class=\"faultline\""), std::string::npos);
  EXPECT_NE(figure(r.page, "perception").find("class=\"perception-gap\""), std::string::npos);
}

TEST(HtmlReport, FractureProbabilitiesEqualTheJson) {
  const Report& r = report();
  const auto json = to_json(r.battery);
  const std::string survival = figure(r.page, "survival");
  const std::string battery = figure(r.page, "battery");
  ASSERT_FALSE(survival.empty());
  ASSERT_FALSE(battery.empty());
  const std::regex attribute{R"re(data-p-fracture="([0-9.]+)")re"};
  std::vector<double> curves;
  for (auto it = std::sregex_iterator(survival.begin(), survival.end(), attribute);
       it != std::sregex_iterator(); ++it)
    curves.push_back(std::stod((*it)[1].str()));
  ASSERT_EQ(curves.size(), json["ties"].size());
  for (std::size_t i = 0; i < curves.size(); ++i) {
    const double expected = json["ties"][i]["p_fracture"].get<double>();
    EXPECT_NEAR(curves[i], expected, 1e-6);
    // The printed label carries the same number to two decimals.
    char printed[32];
    std::snprintf(printed, sizeof printed, "P(fracture) %.2f", expected);
    EXPECT_NE(survival.find(printed), std::string::npos) << printed;
  }
  // The battery grid: the baseline and every pressure of every tie, in JSON order.
  std::vector<double> cells;
  for (auto it = std::sregex_iterator(battery.begin(), battery.end(), attribute);
       it != std::sregex_iterator(); ++it)
    cells.push_back(std::stod((*it)[1].str()));
  const std::size_t columns = json["ties"][0]["battery"].size() + 1;
  ASSERT_EQ(cells.size(), json["ties"].size() * columns);
  for (std::size_t t = 0; t < json["ties"].size(); ++t) {
    EXPECT_NEAR(cells[t * columns], json["ties"][t]["p_fracture"].get<double>(), 1e-6);
    for (std::size_t p = 1; p < columns; ++p)
      EXPECT_NEAR(cells[t * columns + p], json["ties"][t]["battery"][p - 1]["p_fracture"].get<double>(),
                  1e-6);
  }
}

TEST(HtmlReport, FactionGraphAndKeystones) {
  const Report& r = report();
  const std::string graph = figure(r.page, "factions");
  EXPECT_EQ(count(graph, "<g class=\"node\""), static_cast<std::size_t>(r.coalition.graph.node_count()));
  EXPECT_EQ(count(graph, "<g class=\"edge\""), static_cast<std::size_t>(r.coalition.graph.edge_count()));
  EXPECT_EQ(count(graph, "data-sign=\"negative\""),
            static_cast<std::size_t>(r.coalition.graph.negative_edge_count()));
  ASSERT_TRUE(r.coalition.keystones.has_value());
  EXPECT_EQ(count(figure(r.page, "keystones"), "<g class=\"keystone\""),
            r.coalition.keystones->ranking.size());
}

TEST(HtmlReport, PitchBriefAnswersTheFiveQuestions) {
  const Report& r = report();
  const std::string chart = figure(r.page, "pitch");
  EXPECT_EQ(count(chart, "<g class=\"member\""), r.pitch.members.size());
  for (int n = 1; n <= 5; ++n)
    EXPECT_NE(r.page.find(html_escape(clarity_question(n))), std::string::npos) << n;
  EXPECT_NE(r.page.find(html_escape(r.pitch.summary)), std::string::npos);
}

TEST(HtmlReport, OptionalPartsAreLeftOut) {
  const Report& r = report();
  const std::string sections = html_report_sections({&r.scenario, &r.alignment, nullptr, nullptr, {}});
  EXPECT_NE(sections.find("chart-map"), std::string::npos);
  EXPECT_EQ(sections.find("fl-stress"), std::string::npos);
  EXPECT_EQ(sections.find("fl-coalition"), std::string::npos);
  EXPECT_EQ(sections.find("fl-pitch"), std::string::npos);
  EXPECT_EQ(sections.find("<html"), std::string::npos);
  EXPECT_THROW((void)html_report_sections({&r.scenario, nullptr, nullptr, nullptr, {}}), Error);
}

TEST(HtmlReport, SameInputsSamePage) {
  const Report& r = report();
  EXPECT_EQ(html_report_page({&r.scenario, &r.alignment, &r.battery, &r.coalition, {&r.pitch}}), r.page);
}

}  // namespace
}  // namespace faultline::report
