#include "widgets/common/asynctask.h"

#include <algorithm>

namespace edge::widgets {

QThreadPool *AsyncTask::pool()
{
    static QThreadPool *const p = [] {
        QThreadPool *global = QThreadPool::globalInstance();
        global->setMaxThreadCount(std::max(4, global->maxThreadCount()));
        return global;
    }();
    return p;
}

void AsyncTask::waitForAll() { pool()->waitForDone(); }

} // namespace edge::widgets
