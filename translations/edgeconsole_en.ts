<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>edge::acoustics</name>
    <message numerus="yes">
        <location filename="../backend/acoustics/wavreader.cpp" line="+286"/>
        <source>%1 has %n channel(s) (numbered from 0); there is no channel %2.</source>
        <translation>
            <numerusform>%1 has %n channel (numbered from 0); there is no channel %2.</numerusform>
            <numerusform>%1 has %n channels (numbered from 0); there is no channel %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1: %n sample(s) were not finite numbers (NaN or infinity) and were read as 0.</source>
        <translation>
            <numerusform>%1: %n sample were not finite numbers (NaN or infinity) and were read as 0.</numerusform>
            <numerusform>%1: %n samples were not finite numbers (NaN or infinity) and were read as 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::commissioning</name>
    <message numerus="yes">
        <location filename="../backend/commissioning/commissioningstore.cpp" line="+399"/>
        <location line="+60"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The commissioning run &apos;%1&apos; has %n pending item(s) (%2): record or skip them, or finish with open items allowed.</source>
        <translation>
            <numerusform>The commissioning run &apos;%1&apos; has %n pending item (%2): record or skip them, or finish with open items allowed.</numerusform>
            <numerusform>The commissioning run &apos;%1&apos; has %n pending items (%2): record or skip them, or finish with open items allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::seal</name>
    <message numerus="yes">
        <location filename="../backend/seal/seal.cpp" line="+203"/>
        <source>%1 was altered after it was sealed: %n byte(s) were added after the seal.</source>
        <translation>
            <numerusform>%1 was altered after it was sealed: %n byte were added after the seal.</numerusform>
            <numerusform>%1 was altered after it was sealed: %n bytes were added after the seal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::survey</name>
    <message numerus="yes">
        <location filename="../backend/survey/thermalchecks.cpp" line="+74"/>
        <source>Highest temperature (of %n readings)</source>
        <translation>
            <numerusform>Highest temperature (of %n readings)</numerusform>
            <numerusform>Highest temperature (of %n readings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Lowest temperature (of %n readings)</source>
        <translation>
            <numerusform>Lowest temperature (of %n readings)</numerusform>
            <numerusform>Lowest temperature (of %n readings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n dew point(s) computed outside -40 to 50 °C, where the Magnus formula is less accurate.</source>
        <translation>
            <numerusform>%n dew point computed outside -40 to 50 °C, where the Magnus formula is less accurate.</numerusform>
            <numerusform>%n dew points computed outside -40 to 50 °C, where the Magnus formula is less accurate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Highest relative humidity (of %n readings)</source>
        <translation>
            <numerusform>Highest relative humidity (of %n readings)</numerusform>
            <numerusform>Highest relative humidity (of %n readings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Lowest relative humidity (of %n readings)</source>
        <translation>
            <numerusform>Lowest relative humidity (of %n readings)</numerusform>
            <numerusform>Lowest relative humidity (of %n readings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::BatchInstallDialog</name>
    <message numerus="yes">
        <location filename="../widgets/dialogs/batchinstalldialog.cpp" line="+358"/>
        <source>Installing on %n machine(s)…</source>
        <translation>
            <numerusform>Installing on %n machine…</numerusform>
            <numerusform>Installing on %n machines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::CommissionReportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/dialogs/commissionreportdialog.cpp" line="+545"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::CommissioningPage</name>
    <message numerus="yes">
        <location filename="../widgets/views/commissioningpage.cpp" line="+2115"/>
        <source>%n item(s) are still pending. Finish the run anyway? They become open items of the acceptance report, and the run becomes read-only.</source>
        <translation>
            <numerusform>%n item are still pending. Finish the run anyway? They become open items of the acceptance report, and the run becomes read-only.</numerusform>
            <numerusform>%n items are still pending. Finish the run anyway? They become open items of the acceptance report, and the run becomes read-only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::DeviceDialog</name>
    <message numerus="yes">
        <location filename="../widgets/dialogs/devicedialog.cpp" line="+402"/>
        <source>%n register(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n register from &quot;%1&quot;.</numerusform>
            <numerusform>%n registers from &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n register(s); source: %1</source>
        <translation>
            <numerusform>%n register; source: %1</numerusform>
            <numerusform>%n registers; source: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeEventsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/views/nodeeventspanel.cpp" line="+164"/>
        <source>The newest %n event(s)</source>
        <translation>
            <numerusform>The newest %n event</numerusform>
            <numerusform>The newest %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeMetricsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/views/nodemetricspanel.cpp" line="+125"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeStatusPanel</name>
    <message numerus="yes">
        <location filename="../widgets/views/nodestatuspanel.cpp" line="+237"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Expires on %1 (in %n day(s)): renewed automatically while the node is connected.</source>
        <translation>
            <numerusform>Expires on %1 (in %n day): renewed automatically while the node is connected.</numerusform>
            <numerusform>Expires on %1 (in %n days): renewed automatically while the node is connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Valid until %1 (%n day left)</numerusform>
            <numerusform>Valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::RecordListModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/recordlistmodel.cpp" line="+106"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::SensorPollDialog</name>
    <message numerus="yes">
        <location filename="../widgets/dialogs/sensorpolldialog.cpp" line="+446"/>
        <source>%n reading(s), %1 failed</source>
        <translation>
            <numerusform>%n reading, %1 failed</numerusform>
            <numerusform>%n readings, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Reading %1 every %2 s, %n read(s)…</source>
        <translation>
            <numerusform>Reading %1 every %2 s, %n read…</numerusform>
            <numerusform>Reading %1 every %2 s, %n reads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Done: %n reading(s). Save stores them in the survey as one readings item.</source>
        <translation>
            <numerusform>Done: %n reading. Save stores them in the survey as one readings item.</numerusform>
            <numerusform>Done: %n readings. Save stores them in the survey as one readings item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Close without saving the %n reading(s)?</source>
        <translation>
            <numerusform>Close without saving the %n reading?</numerusform>
            <numerusform>Close without saving the %n readings?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::SurveyPage</name>
    <message numerus="yes">
        <location filename="../widgets/views/surveypage.cpp" line="+1004"/>
        <source>The survey and its %n item(s) are deleted for every user of this hub.</source>
        <translation>
            <numerusform>The survey and its %n item are deleted for every user of this hub.</numerusform>
            <numerusform>The survey and its %n items are deleted for every user of this hub.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::SurveyReportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/dialogs/surveyreportdialog.cpp" line="+208"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::TimeRangeSelector</name>
    <message numerus="yes">
        <location filename="../widgets/common/timerangeselector.cpp" line="+56"/>
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edgectl</name>
    <message numerus="yes">
        <location filename="../app/edgectl/nodecommands.cpp" line="+420"/>
        <source>Node %1 now has %n workload(s), generation %2.</source>
        <translation>
            <numerusform>Node %1 now has %n workload, generation %2.</numerusform>
            <numerusform>Node %1 now has %n workloads, generation %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/surveycommands.cpp" line="+127"/>
        <source>%n reading(s) from %1</source>
        <translation>
            <numerusform>%n reading from %1</numerusform>
            <numerusform>%n readings from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n hazard(s) from %1</source>
        <translation>
            <numerusform>%n hazard from %1</numerusform>
            <numerusform>%n hazards from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/surveylimits.cpp" line="+183"/>
        <source>%n limit(s) marked unverified: the reference gives them LOW confidence; check them before relying on a verdict.</source>
        <translation>
            <numerusform>%n limit marked unverified: the reference gives them LOW confidence; check them before relying on a verdict.</numerusform>
            <numerusform>%n limits marked unverified: the reference gives them LOW confidence; check them before relying on a verdict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/surveypoll.cpp" line="+345"/>
        <source>%n read(s)</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Stopped early: storing the %n reading(s) taken so far.</source>
        <translation>
            <numerusform>Stopped early: storing the %n reading taken so far.</numerusform>
            <numerusform>Stopped early: storing the %n readings taken so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Added %n reading(s) from %1 to the survey &apos;%2&apos; as &apos;%3&apos;.</source>
        <translation>
            <numerusform>Added %n reading from %1 to the survey &apos;%2&apos; as &apos;%3&apos;.</numerusform>
            <numerusform>Added %n readings from %1 to the survey &apos;%2&apos; as &apos;%3&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n read(s) failed.</source>
        <translation>
            <numerusform>%n read failed.</numerusform>
            <numerusform>%n reads failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/surveyreport.cpp" line="+106"/>
        <source>Wrote the report of &apos;%1&apos; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the report of &apos;%1&apos; to %2 (%n page).</numerusform>
            <numerusform>Wrote the report of &apos;%1&apos; to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/bundlecommands.cpp" line="+90"/>
        <source>Exported %n operation(s) and %1 attachment(s) to %2.</source>
        <translation>
            <numerusform>Exported %n operation and %1 attachment to %2.</numerusform>
            <numerusform>Exported %n operations and %1 attachments to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Imported %1 from replica %2: %n new operation(s), %3 already here, %4 attachment(s) received.</source>
        <translation>
            <numerusform>Imported %1 from replica %2: %n new operation, %3 already here, %4 attachment received.</numerusform>
            <numerusform>Imported %1 from replica %2: %n new operations, %3 already here, %4 attachments received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n conflict(s) are open: &apos;edgectl --data DIR conflicts list&apos; shows them.</source>
        <translation>
            <numerusform>%n conflict are open: &apos;edgectl --data DIR conflicts list&apos; shows them.</numerusform>
            <numerusform>%n conflicts are open: &apos;edgectl --data DIR conflicts list&apos; shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/synccommands.cpp" line="+311"/>
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n operation(s) not yet on the hub</source>
        <translation>
            <numerusform>%n operation not yet on the hub</numerusform>
            <numerusform>%n operations not yet on the hub</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/commissioncommands.cpp" line="+288"/>
        <source>Started the commissioning run &apos;%1&apos; (id %2) with the template %3: %n item(s) to check.</source>
        <translation>
            <numerusform>Started the commissioning run &apos;%1&apos; (id %2) with the template %3: %n item to check.</numerusform>
            <numerusform>Started the commissioning run &apos;%1&apos; (id %2) with the template %3: %n items to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+339"/>
        <source>Started the revision &apos;%1&apos; (id %2, revision %3) of &apos;%4&apos; with its %n record(s).</source>
        <translation>
            <numerusform>Started the revision &apos;%1&apos; (id %2, revision %3) of &apos;%4&apos; with its %n record.</numerusform>
            <numerusform>Started the revision &apos;%1&apos; (id %2, revision %3) of &apos;%4&apos; with its %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>Wrote the sealed acceptance report of &apos;%1&apos; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the sealed acceptance report of &apos;%1&apos; to %2 (%n page).</numerusform>
            <numerusform>Wrote the sealed acceptance report of &apos;%1&apos; to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+321"/>
        <source>Burn-in: %1 s of %2 s, %n sample(s).</source>
        <translation>
            <numerusform>Burn-in: %1 s of %2 s, %n sample.</numerusform>
            <numerusform>Burn-in: %1 s of %2 s, %n samples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Waiting: %n s left.</source>
        <translation>
            <numerusform>Waiting: %n s left.</numerusform>
            <numerusform>Waiting: %n s left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>Cancelled; the %n record(s) read so far are kept.</source>
        <translation>
            <numerusform>Cancelled; the %n record read so far are kept.</numerusform>
            <numerusform>Cancelled; the %n records read so far are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Recorded %n record(s) for &apos;%1&apos; in &apos;%2&apos;: the item is %3.</source>
        <translation>
            <numerusform>Recorded %n record for &apos;%1&apos; in &apos;%2&apos;: the item is %3.</numerusform>
            <numerusform>Recorded %n records for &apos;%1&apos; in &apos;%2&apos;: the item is %3.</numerusform>
        </translation>
    </message>
</context>
</TS>
