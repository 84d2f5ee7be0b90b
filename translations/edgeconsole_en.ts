<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>edge::widgets::NodeEventsPanel</name>
    <message numerus="yes">
        <location filename="../widgets/views/nodeeventspanel.cpp" line="+162"/>
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
        <location filename="../widgets/views/nodemetricspanel.cpp" line="+128"/>
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
    <name>edgectl</name>
    <message numerus="yes">
        <location filename="../app/edgectl/nodecommands.cpp" line="+420"/>
        <source>Node %1 now has %n workload(s), generation %2.</source>
        <translation>
            <numerusform>Node %1 now has %n workload, generation %2.</numerusform>
            <numerusform>Node %1 now has %n workloads, generation %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
