#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxdata.h"

namespace sandbox {

// The bytes behind submittal attachments' url (GET /__files/submittal_attachments/{id}/{filename}):
// a small one-page PDF naming the file, for every attachment some submittal lists (generated or
// attached from an upload); 404 for any other id. Like Procore's storage, no token is needed.
class SubmittalAttachmentFiles
{
public:
    static bool handle(const HttpRequest &request, SandboxData &data, HttpResponse *response);
    static QByteArray renderPdf(const QString &text);
};

} // namespace sandbox
