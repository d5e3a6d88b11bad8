#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbox {

// One part of a multipart/form-data body: a field (`name`, `data`) or a file (with
// `fileName` and its own Content-Type).
struct FormPart
{
    QByteArray name;
    QString fileName;          // "" for a plain field
    QByteArray contentType;
    QByteArray data;
};

// The parts of a multipart/form-data request in order; empty when the request is not one or
// its body is malformed.
QList<FormPart> multipartParts(const HttpRequest &request);
bool isMultipart(const HttpRequest &request);

} // namespace sandbox
