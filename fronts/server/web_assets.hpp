#pragma once
// The page `faultline serve` ships (web/index.html, app.js, style.css), compiled into the binary by
// cmake/embed.cmake, so serving it needs no files and downloads nothing.

#include <optional>
#include <string_view>

namespace faultline::server {

struct WebAsset {
  std::string_view content;
  std::string_view content_type;
};

// The asset at a request path (`/` is index.html), or nothing.
[[nodiscard]] std::optional<WebAsset> web_asset(std::string_view path);

}  // namespace faultline::server
