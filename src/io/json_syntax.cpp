#include "faultline/io/json_syntax.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace faultline::io {

namespace {

// A SAX handler that accepts every token and keeps the first error: checking syntax builds no document.
class SyntaxOnly final : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    if (!error_) {
      error_position_ = position;
      error_ = message_of(error.what());
    }
    return false;
  }

  [[nodiscard]] const std::optional<std::string>& error() const noexcept { return error_; }
  [[nodiscard]] std::size_t error_position() const noexcept { return error_position_; }

 private:
  // nlohmann's text is "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error …":
  // keep what follows the position, which the diagnostic carries itself.
  static std::string message_of(std::string_view what) {
    const auto colon = what.find(": ");
    return std::string{colon == std::string_view::npos ? what : what.substr(colon + 2)};
  }

  std::optional<std::string> error_;
  std::size_t error_position_ = 0;
};

}  // namespace

TextPosition position_of_offset(std::string_view text, std::size_t offset) {
  TextPosition position;
  const std::size_t end = std::min(offset, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
  }
  return position;
}

std::optional<Diagnostic> json_syntax_error(std::string_view text, std::string_view file_name) {
  SyntaxOnly handler;
  const bool valid = nlohmann::json::sax_parse(text.begin(), text.end(), &handler);
  if (valid) return std::nullopt;
  // nlohmann counts the offending byte from 1; an error at the end of input points just past the last byte.
  const std::size_t offset = handler.error_position() > 0 ? handler.error_position() - 1 : 0;
  const TextPosition at = position_of_offset(text, offset);
  return Diagnostic{std::string{file_name}, at.line, at.column, "",
                    "invalid JSON: " + handler.error().value_or("syntax error")};
}

}  // namespace faultline::io
