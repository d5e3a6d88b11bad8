#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSize>

namespace sandbox {

// The small picture behind a drawing revision's thumbnail_url: a PNG of a white sheet with a
// border, grid lines and a title block holding the sheet number large and the title small, so
// a screenshot of the client's grid shows which sheet each tile is. Letters are drawn from a
// built-in 5×7 dot font: the sandbox has no QGuiApplication (no font database), and the bytes
// stay identical for every run.
namespace drawingthumbnail {

inline constexpr QSize size{320, 226};   // A3 landscape, like the PDF

QByteArray renderPng(const QJsonObject &revision);

} // namespace drawingthumbnail
} // namespace sandbox
