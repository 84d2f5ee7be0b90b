<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>StoreTr</name>
    <message>
        <location filename="../backend/store/blobsql.cpp" line="+92"/>
        <source>The attachment %1 is not stored here.</source>
        <translation>此处未存储附件 %1。</translation>
    </message>
    <message>
        <location filename="../backend/store/syncsql.cpp" line="+36"/>
        <source>The operation &apos;%1&apos; from another replica was refused: %2 Nothing of its batch was applied.</source>
        <translation>来自另一个副本的操作“%1”被拒绝：%2 该批次中的任何操作均未应用。</translation>
    </message>
</context>
<context>
    <name>edge::acoustics</name>
    <message>
        <location filename="../backend/acoustics/calibration.cpp" line="+18"/>
        <source>%1 is not usable as a calibration: %2. Seat the calibrator firmly on the microphone, switch it on, and record at least 2 s of its tone in a quiet place.</source>
        <translation>%1 不能用于校准：%2。请将声校准器牢固地套在传声器上并打开，在安静处录制至少 2 秒的校准音。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The calibrator level must be in dB SPL between 80 and 140 (usually 94 or 114).</source>
        <translation>校准器声级必须为 80 到 140 dB SPL（通常为 94 或 114）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is %1 s long; at least %2 s are needed</source>
        <translation>录音长 %1 秒；至少需要 %2 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its level is only %1 dBFS, nearly silence</source>
        <translation>其电平仅为 %1 dBFS，几乎是静音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recording is clipped (it reaches full scale); lower the input gain</source>
        <translation>录音削波（达到满刻度）；请降低输入增益</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a pure tone (crest factor %1; a sine has 1.41)</source>
        <translation>它不是纯音（峰值因数 %1；正弦波为 1.41）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its tone is at %1 Hz, not at 1 kHz</source>
        <translation>其音调为 %1 Hz，而不是 1 kHz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its level is not steady (it varies by %1 dB, more than %2 dB)</source>
        <translation>其声级不稳定（变化 %1 dB，超过 %2 dB）</translation>
    </message>
    <message>
        <location filename="../backend/acoustics/noisechecks.cpp" line="+19"/>
        <source>day</source>
        <translation>昼间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The limit set &quot;%1&quot; is missing. Restore the shipped limits or import the set.</source>
        <translation>缺少限值集“%1”。请恢复随附的限值或导入该限值集。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The limit set &quot;%1&quot; has no entry &quot;%2&quot; with a maximum. Restore the shipped limits or add the entry.</source>
        <translation>限值集“%1”中没有带最大值的条目“%2”。请恢复随附的限值或添加该条目。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The recording is too short for a time-weighted maximum (needs more than 1 s).</source>
        <translation>录音太短，无法得出时间计权最大值（需要超过 1 秒）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not measured: the levels are uncalibrated (dBFS). Calibrate the microphone with a sound calibrator (--calibrate CAL.wav --calibrator-db 94) and measure again.</source>
        <translation>未测量：声级未经校准（dBFS）。请用声校准器校准传声器（--calibrate CAL.wav --calibrator-db 94）后重新测量。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is not a GB 3096-2008 zone class; use 0, 1, 2, 3, 4a or 4b.</source>
        <translation>“%1”不是 GB 3096-2008 的声环境功能区类别；请使用 0、1、2、3、4a 或 4b。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+53"/>
        <source>LAeq, %1</source>
        <translation>LAeq，%1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>LAeq within the GB 3096-2008 zone %1 %2 limit</source>
        <translation>LAeq 不超过 GB 3096-2008 %1 类区%2限值</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+52"/>
        <source>LAFmax, night</source>
        <translation>LAFmax，夜间</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>sudden noise at night at most %1 dB(A) above the zone&apos;s night limit</source>
        <translation>夜间突发噪声最多超过该区夜间限值 %1 dB(A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LAeq at the site boundary within the GB 12348-2008 zone %1 %2 limit</source>
        <translation>厂界 LAeq 不超过 GB 12348-2008 %1 类区%2限值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LAeq measured inside the noise-sensitive building less than 1 m from the boundary, within the GB 12348-2008 zone %1 %2 limit minus %3 dB(A)</source>
        <translation>在距厂界不足 1 m 的噪声敏感建筑物室内测得的 LAeq，不超过 GB 12348-2008 %1 类区%2限值减 %3 dB(A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>frequent noise at night at most %1 dB(A) above the night limit</source>
        <translation>夜间频发噪声最多超过夜间限值 %1 dB(A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>occasional noise at night at most %1 dB(A) above the night limit</source>
        <translation>夜间偶发噪声最多超过夜间限值 %1 dB(A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unverified limit (low confidence in the reference); check the standard&apos;s text. %1</source>
        <translation>未验证的限值（参考资料置信度低）；请核对标准原文。%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LAeq in the machine room</source>
        <translation>机房内 LAeq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine-room noise below the %1 limit</source>
        <translation>机房噪声低于 %1 限值</translation>
    </message>
    <message>
        <location filename="../backend/acoustics/wavreader.cpp" line="+27"/>
        <source>Check that it is a WAV recording, or convert it with `sox in.wav -b 16 out.wav`.</source>
        <translation>请确认它是 WAV 录音，或用 `sox in.wav -b 16 out.wav` 转换。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2: %3. %4</source>
        <translation>%1，%2：%3。%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chunk &quot;%1&quot; at byte %2</source>
        <translation>第 %2 字节处的块“%1”</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: cannot open the file (%2). Check the path and that you may read it.</source>
        <translation>%1：无法打开文件（%2）。请检查路径以及您是否有读取权限。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot be read as a file (it must be seekable).</source>
        <translation>%1：无法作为文件读取（必须可随机定位）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is %1 bytes long, too short for a WAV header (12 bytes)</source>
        <translation>文件长 %1 字节，不足一个 WAV 文件头（12 字节）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is an RF64 file (over 4 GB), which is not read here</source>
        <translation>这是 RF64 文件（超过 4 GB），此处不支持读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split it or convert it with `sox in.wav -b 16 out.wav`.</source>
        <translation>请将其拆分，或用 `sox in.wav -b 16 out.wav` 转换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file does not start with &quot;RIFF&quot; (found &quot;%1&quot;), so it is not a WAV file</source>
        <translation>文件不是以“RIFF”开头（实际为“%1”），因此不是 WAV 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the RIFF file is of type &quot;%1&quot;, not &quot;WAVE&quot;</source>
        <translation>该 RIFF 文件的类型是“%1”，而不是“WAVE”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>more than %1 chunks before the sample data</source>
        <translation>采样数据之前的块超过 %1 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file ends without a &quot;data&quot; chunk (no samples)</source>
        <translation>文件结束时没有“data”块（没有采样）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file ends without a &quot;fmt &quot; chunk (no format)</source>
        <translation>文件结束时没有“fmt ”块（没有格式）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chunk header cannot be read</source>
        <translation>无法读取块头</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second &quot;fmt &quot; chunk</source>
        <translation>出现第二个“fmt ”块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format chunk is %1 bytes long; it needs at least 16</source>
        <translation>格式块长 %1 字节；至少需要 16 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the format chunk says it is %1 bytes long but only %2 bytes follow (the file is cut off)</source>
        <translation>格式块声明长 %1 字节，但其后只有 %2 字节（文件被截断）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the format chunk is %1 bytes long, more than any WAV format needs</source>
        <translation>格式块长 %1 字节，超出任何 WAV 格式的需要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the format chunk cannot be read</source>
        <translation>无法读取格式块</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an extensible format chunk needs 40 bytes, this one has %1</source>
        <translation>可扩展格式块需要 40 字节，此块只有 %1 字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the extensible format&apos;s extra size is %1; it must be at least 22</source>
        <translation>可扩展格式的附加长度为 %1；至少应为 22</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the extensible sub-format is not a standard PCM or float GUID</source>
        <translation>可扩展子格式不是标准的 PCM 或浮点 GUID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the samples are encoded as %1; only PCM and IEEE float are read</source>
        <translation>采样编码为 %1；仅支持 PCM 和 IEEE 浮点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has no channels</source>
        <translation>文件没有声道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sample rate is %1 Hz; it must be between 1000 and 1536000 Hz</source>
        <translation>采样率为 %1 Hz；必须在 1000 到 1536000 Hz 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PCM samples of %1 bits are not read; 8, 16, 24 and 32 bits are</source>
        <translation>不支持 %1 位的 PCM 采样；支持 8、16、24 和 32 位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>float samples of %1 bits are not read; 32 and 64 bits are</source>
        <translation>不支持 %1 位的浮点采样；支持 32 和 64 位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 valid bits do not fit in %2-bit samples</source>
        <translation>%1 个有效位无法放入 %2 位采样</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame size (block align) is %1 bytes but %2 channel(s) of %3 bits need %4</source>
        <translation>帧长度（块对齐）为 %1 字节，但 %2 个 %3 位声道需要 %4 字节</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sample data comes before the &quot;fmt &quot; chunk that says how to read it</source>
        <translation>采样数据位于说明其读取方式的“fmt ”块之前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the data chunk says %2 bytes but only %3 follow: the recording is cut off; the %4 s that are there are analysed.</source>
        <translation>%1：数据块声明 %2 字节，但其后只有 %3 字节：录音被截断；将分析现有的 %4 秒。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the chunk says it is %1 bytes long but only %2 bytes follow</source>
        <translation>该块声明长 %1 字节，但其后只有 %2 字节</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 has %n channel(s) (numbered from 0); there is no channel %2.</source>
        <translation>
            <numerusform>%1 有 %n 个声道（从 0 开始编号）；没有声道 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds no samples</source>
        <translation>文件中没有采样</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record again.</source>
        <translation>请重新录音。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot seek to the sample data</source>
        <translation>无法定位到采样数据</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the samples cannot be read (%1)</source>
        <translation>无法读取采样（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is not being changed or removed.</source>
        <translation>请确认文件没有正在被修改或删除。</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%1: %n sample(s) were not finite numbers (NaN or infinity) and were read as 0.</source>
        <translation>
            <numerusform>%1：有 %n 个采样不是有限数值（NaN 或无穷大），已按 0 读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::agent::AgentTr</name>
    <message>
        <location filename="../backend/agent/nodemetrics.cpp" line="+26"/>
        <source>Unexpected content in %1, line %2.</source>
        <translation>%1 第 %2 行的内容无法识别。</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../backend/agent/outbox.cpp" line="+124"/>
        <source>The agent outbox %1 cannot be used.</source>
        <translation>无法使用代理发件箱 %1。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The record is larger than the agent outbox quota.</source>
        <translation>该记录超出了代理发件箱的配额。</translation>
    </message>
    <message>
        <location filename="../backend/agent/enrollment.cpp" line="+60"/>
        <source>Creating the node&apos;s key or certificate failed.</source>
        <translation>创建节点的密钥或证书失败。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+108"/>
        <location line="+93"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>The node has no key at &apos;%1&apos;.</source>
        <translation>节点在“%1”处没有密钥。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The node needs a host name.</source>
        <translation>节点需要一个主机名。</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+42"/>
        <source>The certificate from the hub does not belong to this node&apos;s key.</source>
        <translation>管理中心返回的证书与本节点的密钥不匹配。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The hub sent no CA certificate.</source>
        <translation>管理中心未发送 CA 证书。</translation>
    </message>
    <message>
        <location filename="../backend/agent/agentconfig.cpp" line="+23"/>
        <source>&apos;%1&apos; must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; needs a value.</source>
        <translation>“%1”需要一个值。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a hub address; write HOST:PORT, e.g. hub.example.net:7443.</source>
        <translation>“%1”不是管理中心地址；请写成 主机:端口，例如 hub.example.net:7443。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; must be &apos;bridge&apos; or &apos;host&apos;, not &apos;%2&apos;.</source>
        <translation>“%1”必须是“bridge”或“host”，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown setting &apos;%1&apos;. Known settings: %2.</source>
        <translation>未知设置“%1”。可用的设置：%2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the configuration file &apos;%1&apos;: %2.</source>
        <translation>无法读取配置文件“%1”：%2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected &apos;key = value&apos;, found &apos;%1&apos;.</source>
        <translation>应为“键 = 值”，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The line has a value but no key.</source>
        <translation>该行有值但没有键。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No data directory: pass --data DIR or set data-dir.</source>
        <translation>没有数据目录：请传入 --data DIR 或设置 data-dir。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hub address: pass --hub HOST:PORT or set hub.</source>
        <translation>没有管理中心地址：请传入 --hub HOST:PORT 或设置 hub。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the token file &apos;%1&apos;: %2.</source>
        <translation>无法读取令牌文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../backend/agent/statestore.cpp" line="+35"/>
        <source>Cannot use the agent&apos;s state file &apos;%1&apos;.</source>
        <translation>无法使用代理的状态文件“%1”。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The desired state in &apos;%1&apos; is damaged; it will be replaced when the hub sends it again.</source>
        <translation>“%1”中的期望状态已损坏；管理中心再次发送时将替换它。</translation>
    </message>
</context>
<context>
    <name>edge::api</name>
    <message>
        <location filename="../backend/api/entity.cpp" line="+213"/>
        <source>Unknown field for a %1.</source>
        <translation>%1 没有这个字段。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The value has the wrong type for this field.</source>
        <translation>该值的类型与此字段不符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value is not valid JSON.</source>
        <translation>该值不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <location filename="../backend/api/inventory.cpp" line="+21"/>
        <source>No %1 was named.</source>
        <translation>未指定 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No %1 has the id or name &apos;%2&apos;.</source>
        <translation>没有 ID 或名称为“%2”的 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2s are named &apos;%3&apos;; use the id, or name the parent.</source>
        <translation>有 %1 个 %2 名为“%3”；请使用 ID，或同时指明其上级。</translation>
    </message>
    <message>
        <location filename="../backend/api/recordfields.cpp" line="+52"/>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name must not start or end with spaces.</source>
        <translation>名称的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过了 %1 个字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name contains a control character.</source>
        <translation>名称包含控制字符。</translation>
    </message>
    <message>
        <location filename="../backend/api/inventorytypes.cpp" line="+32"/>
        <source>The code must be 1-32 upper-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>代码必须由 1 到 32 个大写字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is longer than %1 characters.</source>
        <translation>该值超过了 %1 个字符。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cloud centre</source>
        <translation>云中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud-edge data centre</source>
        <translation>云边数据中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-edge data centre</source>
        <translation>端边数据中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabinet site</source>
        <translation>机柜站点</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown site kind &apos;%1&apos;; use cloud-centre, cloud-edge-dc, end-edge-dc or cabinet-site.</source>
        <translation>未知的站点类型“%1”；请使用 cloud-centre、cloud-edge-dc、end-edge-dc 或 cabinet-site。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../backend/api/surveyrecord.cpp" line="+115"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>纬度和经度要么都填写，要么都不填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude must be between -90 and 90 degrees (WGS84).</source>
        <translation>纬度必须在 -90 到 90 度之间（WGS84）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude must be between -180 and 180 degrees (WGS84).</source>
        <translation>经度必须在 -180 到 180 度之间（WGS84）。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Components must be a JSON array of component names.</source>
        <translation>组件必须是由组件名称组成的 JSON 数组。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A cabinet must belong to a site.</source>
        <translation>机柜必须属于一个站点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height must be between 1 and 60 U.</source>
        <translation>高度必须在 1 到 60 U 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depth must be between 300 and 1500 mm.</source>
        <translation>深度必须在 300 到 1500 毫米之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width must be between 300 and 1200 mm.</source>
        <translation>宽度必须在 300 到 1200 毫米之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown component &apos;%1&apos;; known components: %2.</source>
        <translation>未知的组件“%1”；已知的组件有：%2。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edge server</source>
        <translation>边缘服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unknown node role &apos;%1&apos;; use edge-server, gateway, storage or controller.</source>
        <translation>未知的节点角色“%1”；请使用 edge-server、gateway、storage 或 controller。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Labels must be a JSON object of strings.</source>
        <translation>标签必须是值为字符串的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The node name must not be empty.</source>
        <translation>节点名称不能为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node name must be a host name: letters, digits and &apos;-&apos;, in labels separated by dots, each 1-63 characters.</source>
        <translation>节点名称必须是主机名：由字母、数字和“-”组成，用点分隔成若干段，每段 1 到 63 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node must belong to a site.</source>
        <translation>节点必须属于一个站点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU cores must be between 0 and 4096.</source>
        <translation>CPU 核数必须在 0 到 4096 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory must be between 0 and 64 TiB.</source>
        <translation>内存必须在 0 到 64 TiB 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk size must be between 0 and 10 PB.</source>
        <translation>磁盘容量必须在 0 到 10 PB 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label key &apos;%1&apos; must be 1-63 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;.</source>
        <translation>标签键“%1”必须由 1 到 63 个字母、数字、“.”、“_”、“/”或“-”组成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value of label &apos;%1&apos; is longer than 256 characters.</source>
        <translation>标签“%1”的值超过了 256 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management address must be a host name or IP address.</source>
        <translation>管理地址必须是主机名或 IP 地址。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air conditioner</source>
        <translation>空调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature-humidity sensor</source>
        <translation>温湿度传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoke sensor</source>
        <translation>烟雾传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water-leak sensor</source>
        <translation>漏水传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door sensor</source>
        <translation>门磁传感器</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Unknown device kind &apos;%1&apos;; use ups, pdu, air-conditioner, switch, temp-humidity-sensor, smoke-sensor, water-sensor or door-sensor.</source>
        <translation>未知的设备类型“%1”；请使用 ups、pdu、air-conditioner、switch、temp-humidity-sensor、smoke-sensor、water-sensor 或 door-sensor。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown protocol &apos;%1&apos;; use none, snmp, modbus-tcp or modbus-rtu.</source>
        <translation>未知的协议“%1”；请使用 none、snmp、modbus-tcp 或 modbus-rtu。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The device settings are not a JSON object (%1).</source>
        <translation>设备设置不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is a secret and is not stored with the device; it is asked for when a check reads the device.</source>
        <translation>“%1”是机密信息，不随设备保存；在检查读取设备时再询问。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A device without a protocol has no settings; remove &quot;%1&quot;.</source>
        <translation>没有协议的设备没有设置；请删除“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown setting &quot;%1&quot; for %2; known settings: %3.</source>
        <translation>%2 没有设置项“%1”；已知设置项：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>“%1”必须是以下之一：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;register_map&quot; must be a register map object (name, entries).</source>
        <translation>“register_map”必须是寄存器映射对象（name、entries）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be text of at most 100 characters.</source>
        <translation>“%1”必须是不超过 100 个字符的文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SNMPv3 needs a user name; add &quot;user&quot; to the settings.</source>
        <translation>SNMPv3 需要用户名；请在设置中添加“user”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A device must belong to a site.</source>
        <translation>设备必须属于一个站点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device polled over %1 needs an address.</source>
        <translation>通过 %1 轮询的设备需要填写地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Modbus RTU address is a serial device path such as /dev/ttyUSB0.</source>
        <translation>Modbus RTU 地址是串口设备路径，例如 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address must be host or host:port with a port from 1 to 65535.</source>
        <translation>地址必须是 host 或 host:port 的形式，端口在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../backend/api/user.cpp" line="+33"/>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A user name is 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>用户名由 1 到 64 个小写字母、数字、“.”、“_”或“-”组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The display name is longer than 100 characters.</source>
        <translation>显示名称超过了 100 个字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may have at most 1024 characters.</source>
        <translation>密码最多只能有 1024 个字符。</translation>
    </message>
    <message>
        <location filename="../backend/api/workload.cpp" line="+37"/>
        <location line="+4"/>
        <source>Expected a list of strings.</source>
        <translation>应为字符串列表。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a known value.</source>
        <translation>“%1”不是已知的值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Expected an object of NAME: value pairs.</source>
        <translation>应为“名称: 值”对组成的对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An environment value must be a string.</source>
        <translation>环境变量的值必须是字符串。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A workload name is 1-63 lower-case letters, digits or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>工作负载名称由 1-63 个小写字母、数字或“-”组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image must be a reference such as localhost/busybox:latest.</source>
        <translation>镜像必须是引用格式，例如 localhost/busybox:latest。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a valid environment variable name.</source>
        <translation>“%1”不是有效的环境变量名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The protocol is tcp or udp.</source>
        <translation>协议须为 tcp 或 udp。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A volume source must be an absolute path on the node.</source>
        <translation>卷的源必须是节点上的绝对路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A volume target must be an absolute path in the container.</source>
        <translation>卷的目标必须是容器内的绝对路径。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPUs must be between 0 (no limit) and 1024.</source>
        <translation>CPU 数须在 0（不限制）到 1024 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A memory limit must be 0 (no limit) or at least 6 MiB.</source>
        <translation>内存限制须为 0（不限制）或至少 6 MiB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A health check needs a command.</source>
        <translation>健康检查需要一个命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health check interval and timeout must be at least one second.</source>
        <translation>健康检查的间隔和超时至少为一秒。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Two workloads are named &apos;%1&apos;.</source>
        <translation>有两个工作负载都名为“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host port %1/%2 is used by two workloads.</source>
        <translation>主机端口 %1/%2 被两个工作负载同时使用。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading image</source>
        <translation>正在加载镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A workload status needs a name.</source>
        <translation>工作负载状态需要名称。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>心跳超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>An event needs a type.</source>
        <translation>事件需要类型。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A metric sample needs a time.</source>
        <translation>指标样本需要时间。</translation>
    </message>
    <message>
        <location filename="../backend/api/limitset.cpp" line="+20"/>
        <source>%1: %2. Fix the file (or delete it to use the shipped limits) and load it again.</source>
        <translation>%1：%2。请修正该文件（或删除它以使用内置限值）后重新加载。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;id&quot; is missing or not a string</source>
        <translation>缺少“id”或其不是字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set &quot;%2&quot;</source>
        <translation>%1 中的限值集“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; must be a whole number from 1 up</source>
        <translation>“version”必须是从 1 开始的整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;entries&quot; must be a list</source>
        <translation>“entries”必须是列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 entry %2%3</source>
        <translation>%1 第 %2 个条目%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an entry must be an object</source>
        <translation>条目必须是对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;key&quot; is missing</source>
        <translation>缺少“key”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is used twice in this set</source>
        <translation>该键在此限值集中出现了两次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;min&quot; must be a number</source>
        <translation>“min”必须是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;max&quot; must be a number</source>
        <translation>“max”必须是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>请给出“min”、“max”或两者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>“min”大于“max”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;warnMargin&quot; must be a number &gt;= 0</source>
        <translation>“warnMargin”必须是大于等于 0 的数字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;confidence&quot; must be high, medium or low, not &quot;%1&quot;</source>
        <translation>“confidence”必须是 high、medium 或 low，而不是“%1”</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 line %2 column %3</source>
        <translation>%1 第 %2 行第 %3 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an object with &quot;id&quot; or &quot;sets&quot;</source>
        <translation>应为包含“id”或“sets”的对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;sets&quot; must be a list</source>
        <translation>“sets”必须是列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every item of &quot;sets&quot; must be an object</source>
        <translation>“sets”中的每一项都必须是对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>set &quot;%1&quot; appears twice</source>
        <translation>限值集“%1”出现了两次</translation>
    </message>
    <message>
        <location filename="../backend/api/surveyrecord.cpp" line="-41"/>
        <source>Unknown survey status &apos;%1&apos;; use draft or final.</source>
        <translation>未知的勘察状态“%1”；请使用 draft 或 final。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A survey must belong to a site.</source>
        <translation>勘察必须属于某个站点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GB 50174 class is A, B or C, not &apos;%1&apos;.</source>
        <translation>GB 50174 等级为 A、B 或 C，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The GB 3096-2008 zone class is 0, 1, 2, 3, 4a or 4b, not &apos;%1&apos;.</source>
        <translation>GB 3096-2008 声环境功能区类别为 0、1、2、3、4a 或 4b，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warn margin must be 0 or more.</source>
        <translation>警告裕量必须大于等于 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>纬度必须在 -90 到 90 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>经度必须在 -180 到 180 之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The survey cannot finish before it started.</source>
        <translation>勘察的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../backend/api/limitsetrecord.cpp" line="+49"/>
        <source>The limit set version must be a whole number from 1 to 1000000.</source>
        <translation>限值集版本必须是 1 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A limit set record holds exactly one set; this one holds %1.</source>
        <translation>一条限值集记录只能包含一个限值集；此记录包含 %1 个。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The limit set id must not be empty.</source>
        <translation>限值集 ID 不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name of a limit set version is &quot;%1&quot;.</source>
        <translation>限值集版本的名称应为“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit set is larger than 1 MiB.</source>
        <translation>限值集超过 1 MiB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The set in the JSON has the id &quot;%1&quot;, the record &quot;%2&quot;; they must be the same.</source>
        <translation>JSON 中限值集的 ID 为“%1”，记录中为“%2”；两者必须相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The set in the JSON has version %1, the record %2; they must be the same.</source>
        <translation>JSON 中限值集的版本为 %1，记录中为 %2；两者必须相同。</translation>
    </message>
    <message>
        <location filename="../backend/api/commissioning.cpp" line="+38"/>
        <source>At %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, at %2: %3</source>
        <translation>%1，位置 %2：%3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown key &quot;%1&quot;; remove it or correct its spelling (the keys here are: %2)</source>
        <translation>未知的键“%1”；请删除或更正拼写（此处可用的键：%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this text is required; add it</source>
        <translation>此文本为必填项，请补充</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text in double quotes; write it as &quot;...&quot;</source>
        <translation>此处应为双引号括起的文本，请写成 &quot;...&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this text must not be empty</source>
        <translation>此文本不能为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number (like 600 or 3.5) without quotes</source>
        <translation>此处应为不带引号的数字（如 600 或 3.5）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an item is an object: { &quot;id&quot;: ..., &quot;title&quot;: ... }</source>
        <translation>检查项应为对象：{ &quot;id&quot;: ..., &quot;title&quot;: ... }</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown mode &quot;%1&quot;; use manual, automatic or both</source>
        <translation>未知的方式“%1”；请使用 manual、automatic 或 both</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list such as [&quot;measurement&quot;, &quot;photo&quot;]</source>
        <translation>此处应为列表，例如 [&quot;measurement&quot;, &quot;photo&quot;]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown evidence &quot;%1&quot;; use measurement, photo or note</source>
        <translation>未知的证据类型“%1”；请使用 measurement、photo 或 note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is listed twice; list it once</source>
        <translation>“%1”重复列出，请只列一次</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an object such as { &quot;limit_ms&quot;: 10000 }</source>
        <translation>此处应为对象，例如 { &quot;limit_ms&quot;: 10000 }</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a section is an object: { &quot;id&quot;: ..., &quot;title&quot;: ..., &quot;items&quot;: [...] }</source>
        <translation>章节应为对象：{ &quot;id&quot;: ..., &quot;title&quot;: ..., &quot;items&quot;: [...] }</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a section needs a list of items: &quot;items&quot;: [...]</source>
        <translation>章节需要检查项列表：&quot;items&quot;: [...]</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the template is larger than 4 MiB; split it into smaller templates</source>
        <translation>模板大于 4 MiB，请拆分为较小的模板</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2, column %3: the JSON is malformed (%4); fix it there.</source>
        <translation>%1，第 %2 行第 %3 列：JSON 格式错误（%4），请在该处修正。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a template is one JSON object { &quot;format&quot;: ..., &quot;sections&quot;: [...] }</source>
        <translation>模板应为一个 JSON 对象 { &quot;format&quot;: ..., &quot;sections&quot;: [...] }</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this is not a commissioning template (format &quot;%1&quot;); the format is &quot;%2&quot;</source>
        <translation>这不是调测模板（格式为“%1”）；模板格式应为“%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+102"/>
        <source>the version is a whole number from 1 to 1000000</source>
        <translation>版本号应为 1 到 1000000 之间的整数</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>a template needs a list of sections: &quot;sections&quot;: [...]</source>
        <translation>模板需要章节列表：&quot;sections&quot;: [...]</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+24"/>
        <location line="+24"/>
        <source>the id &quot;%1&quot; must be 1 to 100 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>标识“%1”须由 1 到 100 个小写字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos; 组成，并以字母或数字开头</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>give the template a title</source>
        <translation>请为模板填写标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a template needs at least one section; add one</source>
        <translation>模板至少需要一个章节，请添加</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another section already has the id &quot;%1&quot;; rename one</source>
        <translation>已有章节使用标识“%1”，请重命名其中一个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the section a title</source>
        <translation>请为章节填写标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a section needs at least one item; add one or remove the section</source>
        <translation>章节至少需要一个检查项；请添加检查项或删除该章节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>another item already has the id &quot;%1&quot;; item ids are unique in the template, rename one</source>
        <translation>已有检查项使用标识“%1”；检查项标识在模板内必须唯一，请重命名其中一个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the item a title</source>
        <translation>请为检查项填写标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an automatic item names the check the console performs; add &quot;check&quot; (one of: %1) or make the item manual</source>
        <translation>自动检查项须指明控制台执行的检查；请添加 &quot;check&quot;（可选：%1），或将该项改为手动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a manual item performs no check; set &quot;mode&quot; to automatic or both, or remove &quot;check&quot;</source>
        <translation>手动检查项不执行自动检查；请将 &quot;mode&quot; 设为 automatic 或 both，或删除 &quot;check&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown check &quot;%1&quot;; use one of: %2</source>
        <translation>未知的检查“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a measurement needs its unit; add &quot;unit&quot; (for example &quot;V&quot; or &quot;mm&quot;)</source>
        <translation>测量值需要单位；请添加 &quot;unit&quot;（例如 &quot;V&quot; 或 &quot;mm&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a pass range needs the unit of its values; add &quot;unit&quot;</source>
        <translation>合格范围需要数值单位；请添加 &quot;unit&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the limit must be a finite number</source>
        <translation>限值必须是有限数值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max (%1) is below min (%2); swap or correct them</source>
        <translation>最大值（%1）小于最小值（%2）；请交换或更正</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The template version must be a whole number from 1 to 1000000.</source>
        <translation>模板版本号必须是 1 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The template id must not be empty.</source>
        <translation>模板标识不能为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name of a template version is &quot;%1&quot;.</source>
        <translation>该模板版本的名称应为“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+130"/>
        <source>The template is larger than 4 MiB.</source>
        <translation>模板大于 4 MiB。</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The template in the JSON has the id &quot;%1&quot;, the record &quot;%2&quot;; they must be the same.</source>
        <translation>JSON 中模板的标识为“%1”，记录中为“%2”；两者必须相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template in the JSON has version %1, the record %2; they must be the same.</source>
        <translation>JSON 中模板的版本为 %1，记录中为 %2；两者必须相同。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+143"/>
        <location filename="../backend/api/limitsetrecord.cpp" line="+8"/>
        <location filename="../backend/api/surveyrecord.cpp" line="+2"/>
        <source>The notes are longer than 20,000 characters.</source>
        <translation>备注超过 20,000 个字符。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Unknown run status &apos;%1&apos;; use in-progress or finished.</source>
        <translation>未知的调测状态“%1”；请使用 in-progress 或 finished。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The run revision must be a whole number from 1 to 1000000.</source>
        <translation>调测修订号必须是 1 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A commissioning run must name its cabinet.</source>
        <translation>调测必须指明所属机柜。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The run names the template &quot;%1&quot; but holds &quot;%2&quot;; they must be the same.</source>
        <translation>调测指明的模板为“%1”，但保存的是“%2”；两者必须相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A finished run needs the time it finished.</source>
        <translation>已完成的调测需要填写完成时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run cannot finish before it started.</source>
        <translation>调测的完成时间不能早于开始时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A run that corrects another one is revision 2 or later.</source>
        <translation>更正其他调测的调测，修订号须为 2 或以上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 of a run must name the run it corrects.</source>
        <translation>调测的第 %1 次修订必须指明其更正的调测。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A run cannot be a revision of itself.</source>
        <translation>调测不能是其自身的修订。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Unknown commissioning record kind &apos;%1&apos;; use result, evidence, skip, reading, guided, burn-in or signature.</source>
        <translation>未知的调测记录类型“%1”；请使用 result、evidence、skip、reading、guided、burn-in 或 signature。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The payload of a %1 record, key &quot;%2&quot;: %3</source>
        <translation>%1 记录的内容，键“%2”：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give a non-empty text.</source>
        <translation>请填写非空文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a number.</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give &quot;pass&quot; or &quot;fail&quot;.</source>
        <translation>请填写 &quot;pass&quot; 或 &quot;fail&quot;。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>give true or false.</source>
        <translation>请填写 true 或 false。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give the SHA-256 of the photo as 64 lower-case hex digits.</source>
        <translation>请以 64 位小写十六进制数字填写照片的 SHA-256。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give measurement, photo or note.</source>
        <translation>请填写 measurement、photo 或 note。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an item is skipped only with a reason; give it.</source>
        <translation>跳过检查项必须说明原因，请填写。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+15"/>
        <source>give a list.</source>
        <translation>请填写列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give an object of series: {&quot;&lt;quantity&gt; &lt;label&gt;&quot;: {&quot;unit&quot;: ..., &quot;points&quot;: [[ms, value], ...]}}.</source>
        <translation>请填写数据序列对象：{&quot;&lt;quantity&gt; &lt;label&gt;&quot;: {&quot;unit&quot;: ..., &quot;points&quot;: [[ms, value], ...]}}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give &quot;engineer&quot; or &quot;customer&quot;.</source>
        <translation>请填写 &quot;engineer&quot; 或 &quot;customer&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the drawn signature as a base64 PNG, or &quot;ink&quot;: true to leave it for ink.</source>
        <translation>请以 base64 PNG 提供手绘签名，或设置 &quot;ink&quot;: true 留待手写签名。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A commissioning record must belong to a run.</source>
        <translation>调测记录必须属于某次调测。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 record must name the checklist item it is for.</source>
        <translation>%1 记录必须指明对应的检查项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record is larger than 16 MiB; split the samples into several records.</source>
        <translation>记录大于 16 MiB，请将采样拆分为多条记录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payload of a %1 record must be a JSON object.</source>
        <translation>%1 记录的内容必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../backend/api/surveyrecord.cpp" line="+58"/>
        <source>Unknown survey item kind &apos;%1&apos;; use readings, noise, hazards, facts, photo, note or calibration.</source>
        <translation>未知的勘察条目类型“%1”；请使用 readings、noise、hazards、facts、photo、note 或 calibration。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A survey item must belong to a survey.</source>
        <translation>勘察条目必须属于某次勘察。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item is larger than 16 MiB; split the readings into several items.</source>
        <translation>该条目超过 16 MiB；请把读数拆分为多个条目。</translation>
    </message>
</context>
<context>
    <name>edge::client</name>
    <message>
        <location filename="../backend/client/client.cpp" line="+81"/>
        <source>The hub did not accept the change stream in time.</source>
        <translation>管理中心未能及时接受变更流。</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>无法连接到位于 %1 的管理中心：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the hub: %1</source>
        <translation>无法连接到管理中心：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub at %1 did not answer in time.</source>
        <translation>位于 %1 的管理中心未及时响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub did not answer in time.</source>
        <translation>管理中心未及时响应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call was cancelled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not signed in: %1</source>
        <translation>您尚未登录：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at %1 does not support this call; it may run an older version.</source>
        <translation>位于 %1 的管理中心不支持此调用，可能运行的是旧版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub does not support this call; it may run an older version.</source>
        <translation>管理中心不支持此调用，可能运行的是旧版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call to the hub at %1 failed: %2</source>
        <translation>调用位于 %1 的管理中心失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call to the hub failed: %1</source>
        <translation>调用管理中心失败：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a hub address; write HOST:PORT, e.g. hub.example.net:7443 or [::1]:7443.</source>
        <translation>“%1”不是管理中心地址；请写成 HOST:PORT，例如 hub.example.net:7443 或 [::1]:7443。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the hub&apos;s CA certificate &apos;%1&apos;: %2. Copy ca.pem from the hub&apos;s data directory.</source>
        <translation>无法读取管理中心的证书颁发机构（CA）证书“%1”：%2。请从管理中心的数据目录复制 ca.pem。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; holds no PEM certificate; use the hub&apos;s ca.pem.</source>
        <translation>“%1”中没有 PEM 证书；请使用管理中心的 ca.pem。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The offset must not be negative.</source>
        <translation>偏移量不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The limit must not be negative.</source>
        <translation>条数上限不能为负数。</translation>
    </message>
    <message>
        <location line="+426"/>
        <source>The image push was cancelled.</source>
        <translation>镜像推送已取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <location line="+11"/>
        <location line="+23"/>
        <source>Cannot read the image archive &apos;%1&apos;: %2.</source>
        <translation>无法读取镜像归档“%1”：%2。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The image archive &apos;%1&apos; is empty; create it with podman save.</source>
        <translation>镜像归档“%1”为空；请用 podman save 创建。</translation>
    </message>
    <message>
        <location filename="../backend/client/attachmentsclient.cpp" line="+28"/>
        <source>The transfer was stopped; sending again resumes it.</source>
        <translation>传输已停止；再次发送将从中断处继续。</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The hub stores attachments in chunks of %1 bytes; this program sends %2. Update the program or the hub so that both match.</source>
        <translation>管理中心以 %1 字节的数据块存储附件；本程序发送 %2 字节。请更新本程序或管理中心，使两者一致。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The hub asked for chunk %1 of an attachment that has only %2 bytes.</source>
        <translation>管理中心请求的数据块 %1 所属附件只有 %2 字节。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub still lacks %1 of %2 chunks of the attachment %3; send it again.</source>
        <translation>管理中心仍缺少附件 %3 的 %2 个数据块中的 %1 个；请重新发送。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hub has only part of the attachment %1 (%2 of %3 chunks).</source>
        <translation>管理中心只有附件 %1 的一部分（%3 个数据块中的 %2 个）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The attachment %1 arrived damaged (%2 bytes, digest %3); fetch it again.</source>
        <translation>附件 %1 到达时已损坏（%2 字节，摘要 %3）；请重新获取。</translation>
    </message>
    <message>
        <location filename="../backend/client/syncclient.cpp" line="+82"/>
        <source>The hub did not say which replica it is.</source>
        <translation>管理中心未说明它是哪个副本。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub answered a sync request with an earlier position.</source>
        <translation>管理中心对同步请求返回了更早的位置。</translation>
    </message>
</context>
<context>
    <name>edge::commissioning</name>
    <message>
        <location filename="../backend/commissioning/commissioningstore.cpp" line="+91"/>
        <source>The commissioning run &apos;%1&apos; is finished and read-only; start a revision to correct it.</source>
        <translation>调测运行“%1”已完成，只读；如需更正，请开始一个修订版。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The template &quot;%1&quot; version %2 cannot be used: %3</source>
        <translation>模板“%1”第 %2 版无法使用：%3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No commissioning template is named &apos;%1&apos;, and none exists.</source>
        <translation>没有名为“%1”的调测模板，也不存在任何调测模板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commissioning template is named &apos;%1&apos;; there are: %2.</source>
        <translation>没有名为“%1”的调测模板；现有：%2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The template &quot;%1&quot; already has version %2; save this one as version %3 or higher.</source>
        <translation>模板“%1”已有第 %2 版；请将此模板保存为第 %3 版或更高版本。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name the cabinet to commission.</source>
        <translation>请指定要调测的机柜。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Acceptance %1</source>
        <translation>验收 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cabinet &apos;%1&apos; already has a commissioning run named &apos;%2&apos;; choose another name.</source>
        <translation>机柜“%1”已有名为“%2”的调测运行；请换一个名称。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A %1 record belongs to a checklist item: name the item.</source>
        <translation>%1 记录属于某个检查项：请指定该检查项。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+60"/>
        <source> and %n more</source>
        <translation>
            <numerusform>及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The template &apos;%1&apos; has no item &apos;%2&apos;; its items are: %3.</source>
        <translation>模板“%1”中没有检查项“%2”；其检查项为：%3。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The commissioning run &apos;%1&apos; is already finished.</source>
        <translation>调测运行“%1”已经完成。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The commissioning run &apos;%1&apos; has %n pending item(s) (%2): record or skip them, or finish with open items allowed.</source>
        <translation>
            <numerusform>调测运行“%1”有 %n 个待检查项（%2）：请记录或跳过它们，或在允许遗留项的情况下完成。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The commissioning run &apos;%1&apos; is still in progress: record the corrections in it; a revision is for finished runs.</source>
        <translation>调测运行“%1”仍在进行中：请直接在其中记录更正；修订版仅用于已完成的运行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The commissioning run &apos;%1&apos; already has the revision &apos;%2&apos;; correct that one (or revise it once it is finished).</source>
        <translation>调测运行“%1”已有修订版“%2”；请在该修订版中更正（或在其完成后再修订）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The revision &apos;%1&apos; was created but copying the record &apos;%2&apos; failed: %3</source>
        <translation>已创建修订版“%1”，但复制记录“%2”失败：%3</translation>
    </message>
</context>
<context>
    <name>edge::commissioning::checks</name>
    <message>
        <location filename="../backend/commissioning/checks/checks.cpp" line="+42"/>
        <source>The check parameter &quot;%1&quot; must be a number from %2 to %3; correct it in the template.</source>
        <translation>检查参数“%1”必须是 %2 到 %3 之间的数字；请在模板中更正。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This check reads the device over SNMP, but &quot;%1&quot; has no SNMP settings; set its protocol to SNMP and its address.</source>
        <translation>此检查通过 SNMP 读取设备，但“%1”没有 SNMP 设置；请将其协议设为 SNMP 并填写地址。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check reads the device over Modbus, but &quot;%1&quot; has no Modbus settings; set its protocol to Modbus TCP or RTU and its address.</source>
        <translation>此检查通过 Modbus 读取设备，但“%1”没有 Modbus 设置；请将其协议设为 Modbus TCP 或 RTU 并填写地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has no register map; give the check a &quot;preset&quot; or a &quot;register_map&quot;.</source>
        <translation>“%1”没有寄存器映射；请为检查提供“preset”或“register_map”。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The address &quot;%1&quot; of &quot;%2&quot; has no valid port; write host:port with a port from 1 to 65535.</source>
        <translation>“%2”的地址“%1”没有有效端口；请写成 host:port，端口为 1 到 65535。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has no address; enter the device&apos;s address first.</source>
        <translation>“%1”没有地址；请先填写设备地址。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The check parameter &quot;register_map&quot; must be a register map object (name, entries).</source>
        <translation>检查参数“register_map”必须是寄存器映射对象（name、entries）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no register map preset &quot;%1&quot;; choose one of the presets or give a &quot;register_map&quot;.</source>
        <translation>没有寄存器映射预设“%1”；请选择一个预设或提供“register_map”。</translation>
    </message>
    <message>
        <location line="+299"/>
        <location line="+57"/>
        <source>The UPS &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取 UPS“%1”：%2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>it reports no output source (upsOutputSource)</source>
        <translation>未报告输出来源（upsOutputSource）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its output source is %1, not normal</source>
        <translation>输出来源为 %1，而非 normal（市电）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it reports no battery status (upsBatteryStatus)</source>
        <translation>未报告电池状态（upsBatteryStatus）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its battery status is %1, not batteryNormal</source>
        <translation>电池状态为 %1，而非 batteryNormal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its battery charge %1 % is below %2 %</source>
        <translation>电池电量 %1 % 低于 %2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alarms are present: %1</source>
        <translation>存在告警：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UPS %1: on mains, battery normal, charge %2, no alarms.</source>
        <translation>UPS %1：市电供电，电池正常，电量 %2，无告警。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPS %1: %2.</source>
        <translation>UPS %1：%2。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no input voltage (upsInputVoltage) is reported</source>
        <translation>未报告输入电压（upsInputVoltage）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input voltage %1 V is outside %2..%3 V</source>
        <translation>输入电压 %1 V 超出 %2..%3 V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no input frequency (upsInputFrequency) is reported</source>
        <translation>未报告输入频率（upsInputFrequency）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input frequency %1 Hz is outside %2..%3 Hz</source>
        <translation>输入频率 %1 Hz 超出 %2..%3 Hz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input %1 V, %2 Hz: within %3..%4 V and %5..%6 Hz.</source>
        <translation>输入 %1 V、%2 Hz：在 %3..%4 V 和 %5..%6 Hz 范围内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input out of range: %1.</source>
        <translation>输入超出范围：%1。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pull the mains input of the UPS now: waiting up to %1 s for it to report on battery.</source>
        <translation>现在断开 UPS 的市电输入：最多等待 %1 秒，等待其报告电池供电。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The UPS is on battery. Restore the mains input: waiting up to %1 s for it to report normal.</source>
        <translation>UPS 已转为电池供电。请恢复市电输入：最多等待 %1 秒，等待其报告市电供电。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mains loss test cancelled.</source>
        <translation>市电中断测试已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UPS did not report on battery within %1 s (last output source: %2).</source>
        <translation>UPS 在 %1 秒内未报告电池供电（最后的输出来源：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The UPS went on battery after %1 s but did not report normal within %2 s after that (last output source: %3).</source>
        <translation>UPS 在 %1 秒后转为电池供电，但此后 %2 秒内未报告恢复市电（最后的输出来源：%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The UPS went on battery after %1 s and back on mains %2 s later.</source>
        <translation>UPS 在 %1 秒后转为电池供电，%2 秒后恢复市电供电。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+111"/>
        <source>The sensors of &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”的传感器：%2</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+111"/>
        <source>%1 reads %2, outside %3..%4</source>
        <translation>%1 读数为 %2，超出 %3..%4</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>the device reports no temperature sensor</source>
        <translation>设备未报告任何温度传感器</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Temperatures: %1.</source>
        <translation>温度：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The check parameter &quot;ports&quot; must be a list of port numbers (ifIndex) or names.</source>
        <translation>检查参数“ports”必须是端口号（ifIndex）或端口名称的列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ports of &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取“%1”的端口：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>port %1 is %2</source>
        <translation>端口 %1 状态为 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the switch reports no enabled port</source>
        <translation>交换机未报告任何已启用的端口</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>port %1 does not exist on the switch</source>
        <translation>交换机上不存在端口 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ports up: %1.</source>
        <translation>已连通的端口：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports not up: %1.</source>
        <translation>未连通的端口：%1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 reports %2 (raw %3)</source>
        <translation>%1 报告 %2（原始值 %3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Sensors: %1.</source>
        <translation>传感器：%1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The register map of &quot;%1&quot; has no &quot;%2&quot; entry; add one or name the entry in the check parameter &quot;entry&quot;.</source>
        <translation>“%1”的寄存器映射中没有“%2”条目；请添加该条目，或在检查参数“entry”中指定条目名称。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change the %1 sensor now (open the door, wet the probe or press its test button): waiting up to %2 s.</source>
        <translation>现在触发 %1 传感器（打开柜门、打湿探头或按下测试按钮）：最多等待 %2 秒。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sensor test cancelled.</source>
        <translation>传感器测试已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 sensor could not be read within %2 s: %3</source>
        <translation>%2 秒内无法读取 %1 传感器：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sensor stayed %2 for %3 s.</source>
        <translation>%1 传感器在 %3 秒内一直保持 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 sensor changed from %2 to %3 after %4 s.</source>
        <translation>%1 传感器在 %4 秒后从 %2 变为 %3。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The host key of %1 (%2) is not trusted yet; confirm its fingerprint first (as in the field install).</source>
        <translation>%1 的主机密钥（%2）尚未受信任；请先确认其指纹（与现场安装相同）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; has no management address; enter it on the node first.</source>
        <translation>“%1”没有管理地址；请先在节点上填写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No known_hosts file is set for the SSH check.</source>
        <translation>SSH 检查未设置 known_hosts 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH login to %1 failed: %2</source>
        <translation>SSH 登录 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logged in to %1, but a command failed: %2</source>
        <translation>已登录 %1，但命令执行失败：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logged in to %1 over SSH (host name %2).</source>
        <translation>已通过 SSH 登录 %1（主机名 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hardware facts of %1 could not be read: %2</source>
        <translation>无法读取 %1 的硬件信息：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CPU cores</source>
        <translation>CPU 核心数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node did not report: %1.</source>
        <translation>节点未报告：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 cores (%3), %4 MB memory, %5 GB disk, %6, serial %7.</source>
        <translation>%1：%2 核（%3），内存 %4 MB，磁盘 %5 GB，%6，序列号 %7。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s status comes from the hub; connect to the hub to run this check.</source>
        <translation>代理状态来自管理中心；请连接管理中心后再运行此检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No node is chosen for the agent check.</source>
        <translation>代理检查未选择节点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub could not be asked for the node&apos;s status: %1</source>
        <translation>无法向管理中心查询节点状态：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hub does not know the node &quot;%1&quot;; install the agent on it.</source>
        <translation>管理中心不认识节点“%1”；请在其上安装代理。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The agent on %1 is online (version %2).</source>
        <translation>%1 上的代理在线（版本 %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent on %1 is %2, not online.</source>
        <translation>%1 上的代理状态为 %2，不在线。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Burn-in needs something to record: an SNMP or Modbus device or a node with the hub connected.</source>
        <translation>老化测试需要记录对象：SNMP 或 Modbus 设备，或已连接管理中心的节点。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Burn-in: %1 of %2 samples.</source>
        <translation>老化测试：第 %1 个样本，共 %2 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 rounds read nothing</source>
        <translation>%2 轮中有 %1 轮未读到任何数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPS alarms occurred: %1</source>
        <translation>出现 UPS 告警：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the highest temperature %1 °C exceeded %2 °C</source>
        <translation>最高温度 %1 °C 超过 %2 °C</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Burn-in cancelled after %1 of %2 samples.</source>
        <translation>老化测试在 %1/%2 个样本后取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn-in: %1 samples of %2 series over %3 s.</source>
        <translation>老化测试：%3 秒内 %2 个序列共 %1 个样本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Burn-in: %1.</source>
        <translation>老化测试：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The check %1 has nothing to check: add the cabinet&apos;s servers (nodes with a management address) first.</source>
        <translation>检查 %1 没有检查对象：请先添加机柜的服务器（带管理地址的节点）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled after %1 of %2 servers.</source>
        <translation>已在 %2 台服务器中的第 %1 台后取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1 servers passed.</source>
        <translation>全部 %1 台服务器通过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 servers failed: %3.</source>
        <translation>%2 台服务器中有 %1 台未通过：%3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no automatic check &quot;%1&quot;; the known checks are: %2.</source>
        <translation>没有自动检查“%1”；已知的检查有：%2。</translation>
    </message>
</context>
<context>
    <name>edge::console</name>
    <message>
        <location filename="../app/console/console.cpp" line="+48"/>
        <source>EdgeConsole: manage the regions, sites, cabinets, nodes and devices of edge-computing estates.</source>
        <translation>EdgeConsole：管理边缘计算资产中的区域、站点、机柜、节点和设备。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory of the embedded hub (default: %1).</source>
        <translation>内置管理中心的数据目录（默认：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to the remote hub at HOST:PORT instead (asks for user and password).</source>
        <translation>改为连接位于 HOST:PORT 的远程管理中心（会询问用户名和密码）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CA certificate (PEM) that signed the remote hub&apos;s certificate.</source>
        <translation>签发远程管理中心证书的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let edge agents connect to the embedded hub at HOST:PORT, e.g. 0.0.0.0:7443 (TLS, mutual TLS for agents; default: the setting, else no listener).</source>
        <translation>允许边缘代理在 HOST:PORT（例如 0.0.0.0:7443）连接内嵌管理中心（TLS，代理使用双向 TLS；默认：按设置，否则不监听）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the console: zh_CN or en (default: the setting, else the system language).</source>
        <translation>控制台语言：zh_CN 或 en（默认：设置中的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not seed the demo estate on the first start of a data directory.</source>
        <translation>首次使用某个数据目录时不创建演示资产。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print {&quot;startup_ms&quot;: N} when the Sites page is first painted with its rows, then quit.</source>
        <translation>站点页面首次显示出数据行时输出 {&quot;startup_ms&quot;: N}，然后退出。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run %1 --help for the options.</source>
        <translation>运行 %1 --help 查看选项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &apos;%1&apos;. Run with --help for the options.</source>
        <translation>多余的参数“%1”。使用 --help 查看选项。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--lang: unknown language &apos;%1&apos;; use one of: %2.</source>
        <translation>--lang：未知语言“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data: give a directory.</source>
        <translation>--data：请指定一个目录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ca only makes sense with --hub.</source>
        <translation>--ca 只能与 --hub 一起使用。</translation>
    </message>
</context>
<context>
    <name>edge::console::Console</name>
    <message>
        <location filename="../app/console/main.cpp" line="+105"/>
        <source>The embedded hub in %1 could not be opened: %2</source>
        <translation>无法打开 %1 中的内置管理中心：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EdgeConsole</source>
        <translation>EdgeConsole</translation>
    </message>
    <message>
        <location filename="../app/console/console.cpp" line="+59"/>
        <source>Agents: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edge agents can connect to this console at %1 (TLS, mutual TLS for agents).</source>
        <translation>边缘代理可通过 %1 连接到本控制台（TLS，代理使用双向 TLS）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agents: not listening (%1)</source>
        <translation>代理：未监听（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge agents cannot connect to this console: %1 Free the port or choose another address in Settings, then restart the console.</source>
        <translation>边缘代理无法连接到本控制台：%1 请释放该端口或在“设置”中选择其他地址，然后重新启动控制台。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edge agents cannot connect to this console: %1</source>
        <translation>边缘代理无法连接到本控制台：%1</translation>
    </message>
</context>
<context>
    <name>edge::console::ConsoleConnector</name>
    <message>
        <location filename="../app/console/consoleconnector.cpp" line="+242"/>
        <source>The embedded hub has been shut down.</source>
        <translation>内置管理中心已关闭。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The embedded hub is not open.</source>
        <translation>内置管理中心尚未打开。</translation>
    </message>
</context>
<context>
    <name>edge::demo::DemoTr</name>
    <message>
        <location filename="../backend/demo/demoestate.cpp" line="+623"/>
        <source>The demo estate is already present. Remove the demo data first, then seed it again.</source>
        <translation>演示环境已存在。请先删除演示数据，然后重新生成。</translation>
    </message>
</context>
<context>
    <name>edge::devices</name>
    <message>
        <location filename="../device-protocols/common/settingsschema.cpp" line="+17"/>
        <source>Setting &quot;%1&quot;: %2</source>
        <translation>设置“%1”：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 超出 %2 到 %3 的范围</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported setting type</source>
        <translation>不支持的设置类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>未知设置“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setting &quot;%1&quot; is required.</source>
        <translation>设置“%1”为必填项。</translation>
    </message>
</context>
<context>
    <name>edge::fieldinstall</name>
    <message>
        <location filename="../backend/fieldinstall/batchinstaller.cpp" line="+74"/>
        <location filename="../backend/fieldinstall/fieldinstaller.cpp" line="+260"/>
        <location line="+200"/>
        <location line="+435"/>
        <source>The install was cancelled.</source>
        <translation>安装已取消。</translation>
    </message>
    <message>
        <location filename="../backend/fieldinstall/fieldinstaller.cpp" line="-768"/>
        <source>Give the node&apos;s address (host name or IP address).</source>
        <translation>请给出节点的地址（主机名或 IP 地址）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>SSH 端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user to log in as on the node.</source>
        <translation>请给出登录节点所用的用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a private key file or a password for the SSH login.</source>
        <translation>请为 SSH 登录给出私钥文件或密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key file %1 cannot be read.</source>
        <translation>无法读取私钥文件 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which site the node joins.</source>
        <translation>请说明节点加入哪个站点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node name may have letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 63).</source>
        <translation>节点名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 63 个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the hub&apos;s address as the node reaches it, as HOST:PORT.</source>
        <translation>请以 HOST:PORT 形式给出节点访问管理中心所用的地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s CA certificate %1 cannot be read.</source>
        <translation>无法读取管理中心的 CA 证书 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent package %1 cannot be read.</source>
        <translation>无法读取代理安装包 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent package must be a .deb or a .tar.gz file.</source>
        <translation>代理安装包必须是 .deb 或 .tar.gz 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install prefix must be an absolute directory other than /.</source>
        <translation>安装前缀必须是 / 以外的绝对目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bootstrap token is needed (or a hub connection to create one).</source>
        <translation>需要一个引导令牌（或一个可创建令牌的管理中心连接）。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 failed on the node: %2</source>
        <extracomment>%1 is an activity (&quot;Installing the package&quot;), %2 the remote program&apos;s last error line</extracomment>
        <translation>%1 在节点上失败：%2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Skipped: no hub connection to check the node&apos;s state.</source>
        <translation>已跳过：没有可检查节点状态的管理中心连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node %1 is online.</source>
        <translation>节点 %1 已上线。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <extracomment>%1 is a step&apos;s label (&quot;Install the agent&quot;), %2 why it failed</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+65"/>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身份连接到 %1。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The host key is known.</source>
        <translation>主机密钥已知。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Reached %1.</source>
        <translation>已连通 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host key of %1 is new: %2</source>
        <translation>%1 的主机密钥是新的：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host key of %1 is %2, not the fingerprint you gave. Nothing was changed on the node.</source>
        <translation>%1 的主机密钥是 %2，与您给出的指纹不符。节点上未做任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The host key of %1 is not known yet. Its fingerprint is %2. Check it on the node (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and accept it.</source>
        <translation>%1 的主机密钥尚未知。其指纹为 %2。请在节点上核对（ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）后再接受。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host key %1 was refused. Nothing was changed on the node.</source>
        <translation>主机密钥 %1 已被拒绝。节点上未做任何更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host key %1 accepted and recorded.</source>
        <translation>主机密钥 %1 已接受并记录。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Detecting the system</source>
        <translation>检测系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node runs %1; the agent needs Linux.</source>
        <translation>节点运行的是 %1；代理需要 Linux。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The node has no tar program to unpack the agent package.</source>
        <translation>节点上没有用于解压代理安装包的 tar 程序。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is not enough free space in %1 on the node (%2 KiB free, %3 KiB needed).</source>
        <translation>节点上 %1 的可用空间不足（可用 %2 KiB，需要 %3 KiB）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The node&apos;s host name %1 cannot be a node name; give one with the node name option.</source>
        <translation>节点的主机名 %1 不能用作节点名称；请通过节点名称选项指定一个。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A system-wide install needs root on the node. Log in as root, or install for this user with an install prefix.</source>
        <translation>系统级安装需要节点上的 root 权限。请以 root 登录，或使用安装前缀为该用户安装。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The node has no dpkg to install the .deb package. Use the .tar.gz package or an install prefix.</source>
        <translation>节点上没有用于安装 .deb 包的 dpkg。请使用 .tar.gz 安装包或安装前缀。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 already exists on the node and is not an agent install. Choose another install prefix or remove it.</source>
        <translation>%1 已存在于节点上且不是代理安装目录。请选择其他安装前缀或将其删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2), %3, %4.</source>
        <extracomment>host name (architecture), &quot;root&quot; or &quot;user NAME&quot;, how the agent will be started</extracomment>
        <translation>%1（%2），%3，%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root</source>
        <translation>root 用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started by systemd</source>
        <translation>由 systemd 启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started as a supervised process</source>
        <translation>作为受监管进程启动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating a staging directory</source>
        <translation>创建暂存目录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node could not create a staging directory.</source>
        <translation>节点无法创建暂存目录。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Uploaded %1 of %2 KiB.</source>
        <translation>已上传 %1 / %2 KiB。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded the agent package (%1 KiB).</source>
        <translation>已上传代理安装包（%1 KiB）。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Installing the package</source>
        <translation>安装软件包</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installed %1.</source>
        <translation>已安装 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating a bootstrap token.</source>
        <translation>正在创建引导令牌。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the agent&apos;s directories</source>
        <translation>创建代理的目录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote %1 (hub %2, node %3).</source>
        <translation>已写入 %1（管理中心 %2，节点 %3）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing the systemd unit</source>
        <translation>写入 systemd 单元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the agent with systemd</source>
        <translation>用 systemd 启动代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent runs as the systemd service edge-agent.</source>
        <translation>代理作为 systemd 服务 edge-agent 运行。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Starting the agent</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent runs as a supervised background process (log: %1).</source>
        <translation>代理作为受监管的后台进程运行（日志：%1）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for %1 to enroll and come online (%2 s left).</source>
        <translation>正在等待 %1 完成注册并上线（剩余 %2 秒）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node %1 did not come online within %2 s. Check that the node reaches the hub at %3 (agent log on the node).</source>
        <translation>节点 %1 未在 %2 秒内上线。请检查节点能否访问位于 %3 的管理中心（查看节点上的代理日志）。</translation>
    </message>
    <message>
        <location filename="../backend/fieldinstall/hostscsv.cpp" line="+25"/>
        <source>Hosts file, line %1, column %2: %3</source>
        <translation>主机文件，第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a comma or the end of the line must follow a quoted field</source>
        <translation>带引号的字段后必须是逗号或行尾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quote inside an unquoted field</source>
        <translation>未加引号的字段中出现引号</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the line is longer than %1 bytes</source>
        <translation>该行超过 %1 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is not UTF-8</source>
        <translation>文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a control character in the field</source>
        <translation>字段中有控制字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown column &apos;%1&apos; (known: %2)</source>
        <translation>未知列 &apos;%1&apos;（已知列：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;%1&apos; twice</source>
        <translation>列 &apos;%1&apos; 重复出现</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header has no &apos;host&apos; column</source>
        <translation>表头中没有 &apos;host&apos; 列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fields, but the header has %2</source>
        <translation>有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 hosts</source>
        <translation>主机超过 %1 台</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give a host name or address</source>
        <translation>请给出主机名或地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the node name may have letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 63)</source>
        <translation>节点名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 63 个）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the prefix must be an absolute directory other than /</source>
        <translation>前缀必须是 / 以外的绝对目录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hub address must be HOST:PORT</source>
        <translation>管理中心地址必须是 HOST:PORT 形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the name of an environment variable</source>
        <translation>请给出环境变量的名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same host, port and prefix as line %1</source>
        <translation>主机、端口和前缀与第 %1 行相同</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hosts file is empty: it needs a header line such as host,port,user,name and one line per host.</source>
        <translation>主机文件为空：需要一行表头（如 host,port,user,name），并且每台主机一行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hosts file lists no hosts.</source>
        <translation>主机文件中没有列出任何主机。</translation>
    </message>
    <message>
        <location filename="../backend/fieldinstall/steps.cpp" line="+40"/>
        <source>Connect over SSH</source>
        <translation>通过 SSH 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the host key</source>
        <translation>验证主机密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect the system</source>
        <translation>检测系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the agent package</source>
        <translation>上传代理安装包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent</source>
        <translation>安装代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the agent configuration</source>
        <translation>写入代理配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the agent</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the node is online</source>
        <translation>等待节点上线</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>edge::geo</name>
    <message>
        <location filename="../backend/geo/geodesy.cpp" line="+32"/>
        <source>the latitude %1 is outside -90..90 degrees; give the latitude first, then the longitude</source>
        <translation>纬度 %1 超出 -90..90 度范围；请先写纬度，再写经度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the longitude %1 is outside -180..180 degrees</source>
        <translation>经度 %1 超出 -180..180 度范围</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a position (%2). Write LAT,LON in decimal degrees, e.g. 39.9072,116.3914, or with degrees, minutes and seconds, e.g. 39°54&apos;26&quot;N 116°23&apos;29&quot;E.</source>
        <translation>“%1”不是有效位置（%2）。请写作 纬度,经度（十进制度，例如 39.9072,116.3914），或用度分秒，例如 39°54&apos;26&quot;N 116°23&apos;29&quot;E。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it needs exactly two values, latitude and longitude</source>
        <translation>需要恰好两个值：纬度和经度</translation>
    </message>
    <message>
        <location filename="../backend/geo/hazard.cpp" line="+23"/>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight path area</source>
        <translation>飞机航道范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Railway</source>
        <translation>铁路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expressway</source>
        <translation>高速公路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metro</source>
        <translation>地铁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substation</source>
        <translation>变电站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fire-hazard class A/B factory or warehouse</source>
        <translation>甲、乙类厂房或仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landfill</source>
        <translation>垃圾填埋场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explosives magazine</source>
        <translation>火药炸药库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuclear power plant</source>
        <translation>核电站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factory with dust or harmful gas</source>
        <translation>产生粉尘或有害气体的工厂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flood-prone water or area</source>
        <translation>易发洪水的水域或地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residential building</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base station or access point</source>
        <translation>基站或无线接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <source>Other hazard</source>
        <translation>其他危险源</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the geometry has no coordinates</source>
        <translation>几何图形没有坐标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the position %1,%2 is out of range (latitude -90..90, longitude -180..180)</source>
        <translation>位置 %1,%2 超出范围（纬度 -90..90，经度 -180..180）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a point has exactly one position</source>
        <translation>点只能有一个位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a line needs at least two positions</source>
        <translation>线至少需要两个位置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a polygon ring needs at least three different positions</source>
        <translation>多边形的环至少需要三个不同的位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than 100000 positions in one hazard</source>
        <translation>一个危险源的位置超过 100000 个</translation>
    </message>
    <message>
        <location filename="../backend/geo/hazardfile.cpp" line="+50"/>
        <source>%1 line %2 column %3: %4</source>
        <translation>%1 第 %2 行第 %3 列：%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the quote is not closed; close it with &quot; before the end of the line (fields cannot span lines)</source>
        <translation>引号未闭合；请在行尾之前用 &quot; 闭合（字段不能跨行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a comma or the end of the line must follow a quoted field</source>
        <translation>带引号的字段后面必须是逗号或行尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>未加引号的字段中含有引号；请给整个字段加引号，并把其中的引号写两遍（&quot;&quot;）</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+272"/>
        <source>the file is larger than 64 MiB; split it</source>
        <translation>文件大于 64 MiB；请拆分</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>the line is longer than 100000 characters</source>
        <translation>该行超过 100000 个字符</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a column of the header has no name</source>
        <translation>表头中有一列没有名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column &quot;%1&quot; is named twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the first line must be a header naming the columns name, kind, lat, lon (and optional attribute columns); missing: %1</source>
        <translation>第一行必须是表头，列出 name、kind、lat、lon 列（以及可选的属性列）；缺少：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fields, but the header names %2 columns; quote a field that contains a comma</source>
        <translation>有 %1 个字段，但表头只有 %2 列；含逗号的字段请加引号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than 100000 hazards; split the file</source>
        <translation>危险源超过 100000 个；请拆分文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the name is empty; give every hazard a name</source>
        <translation>名称为空；请为每个危险源命名</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>&quot;%1&quot; is not a hazard kind; use one of: %2</source>
        <translation>“%1”不是危险源类型；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>the latitude &quot;%1&quot; is not a number from -90 to 90 (decimal degrees, or e.g. 39°54&apos;26&quot;N)</source>
        <translation>纬度“%1”不是 -90 到 90 之间的数（十进制度，或如 39°54&apos;26&quot;N）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the longitude &quot;%1&quot; is not a number from -180 to 180 (decimal degrees, or e.g. 116°23&apos;29&quot;E)</source>
        <translation>经度“%1”不是 -180 到 180 之间的数（十进制度，或如 116°23&apos;29&quot;E）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty; it needs a header line name,kind,lat,lon and one line per hazard</source>
        <translation>文件为空；需要表头行 name,kind,lat,lon，且每个危险源一行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a position must be an array [longitude, latitude]</source>
        <translation>位置必须是数组 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a position must be an array [longitude, latitude] (optionally with a height), not %1 values</source>
        <translation>位置必须是数组 [经度, 纬度]（可附带高度），而不是 %1 个值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>longitude and latitude must be numbers</source>
        <translation>经度和纬度必须是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the position [%1, %2] is out of range: GeoJSON is [longitude, latitude], longitude -180..180, latitude -90..90</source>
        <translation>位置 [%1, %2] 超出范围：GeoJSON 的顺序是 [经度, 纬度]，经度 -180..180，纬度 -90..90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an array of positions</source>
        <translation>应为位置数组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than 100000 positions in one feature</source>
        <translation>一个要素的位置超过 100000 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a feature must be an object</source>
        <translation>要素必须是对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not &quot;Feature&quot;</source>
        <translation>“%1”不是“Feature”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the properties are missing; give at least {&quot;kind&quot;: &quot;railway&quot;, &quot;name&quot;: &quot;...&quot;}</source>
        <translation>缺少 properties；至少需要 {&quot;kind&quot;: &quot;railway&quot;, &quot;name&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the kind is missing or not a string; use one of: %1</source>
        <translation>缺少 kind 或不是字符串；请使用以下之一：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the name must be a string</source>
        <translation>名称必须是字符串</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the geometry is missing; give a Point, LineString or Polygon</source>
        <translation>缺少 geometry；请给出 Point、LineString 或 Polygon</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a polygon needs an array of rings (the first the outer boundary)</source>
        <translation>多边形需要一个环数组（第一个为外边界）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ring %1: %2</source>
        <translation>环 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not supported; use Point, LineString or Polygon (split Multi* geometries into one feature each)</source>
        <translation>不支持“%1”；请使用 Point、LineString 或 Polygon（把 Multi* 几何拆成多个要素）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 line %2 column %3: not valid JSON (%4)</source>
        <translation>%1 第 %2 行第 %3 列：不是有效的 JSON（%4）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a GeoJSON FeatureCollection object</source>
        <translation>应为 GeoJSON FeatureCollection 对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected &quot;type&quot;: &quot;FeatureCollection&quot; (or &quot;Feature&quot;), not &quot;%1&quot;</source>
        <translation>应为 &quot;type&quot;: &quot;FeatureCollection&quot;（或 &quot;Feature&quot;），而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;features&quot; must be an array of features</source>
        <translation>&quot;features&quot; 必须是要素数组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than 100000 features; split the file</source>
        <translation>要素超过 100000 个；请拆分文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot read the hazards file (%2); check the path</source>
        <translation>%1：无法读取危险源文件（%2）；请检查路径</translation>
    </message>
    <message>
        <location filename="../backend/geo/siterules.cpp" line="+24"/>
        <source>%1 set &quot;%2&quot; entry %3 (%4)</source>
        <translation>%1 限值集“%2”第 %3 项（%4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. Fix the rules file and load it again.</source>
        <translation>%1：%2。请修正规则文件后重新加载。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is not a hazard kind; a key is KIND[.a|b|c][.shall|should], e.g. railway.a.shall</source>
        <translation>“%1”不是危险源类型；键的格式为 KIND[.a|b|c][.shall|should]，例如 railway.a.shall</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say shall or should once</source>
        <translation>shall 或 should 只能写一次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is neither a class (a, b, c) nor shall or should; a key is KIND[.a|b|c][.shall|should]</source>
        <translation>“%1”既不是等级（a、b、c），也不是 shall 或 should；键的格式为 KIND[.a|b|c][.shall|should]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a distance rule gives &quot;min&quot; (the minimum distance in metres) and no &quot;max&quot;</source>
        <translation>距离规则应给出 &quot;min&quot;（以米为单位的最小距离），不能有 &quot;max&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the unit must be &quot;m&quot; (metres), not &quot;%1&quot;</source>
        <translation>单位必须是 &quot;m&quot;（米），而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the distance must be from 0 to 20000000 m</source>
        <translation>距离必须在 0 到 20000000 m 之间</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: cannot read the rules file (%2); check the path</source>
        <translation>%1：无法读取规则文件（%2）；请检查路径</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Distance to %1 &quot;%2&quot;</source>
        <translation>到%1“%2”的距离</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no distance requirement for a class %1 data centre</source>
        <translation>%1 级数据中心无距离要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB 50174-2017 4.1.1 asks to keep away from dust and harmful gas without giving a distance; add a user rule to check one.</source>
        <translation>GB 50174-2017 第 4.1.1 条要求远离粉尘和有害气体，但未规定距离；如需检查，请添加用户规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule applies; add a user rule to check this kind.</source>
        <translation>没有适用的规则；如需检查此类危险源，请添加用户规则。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>shall not be sited in a flood-prone area (不应): no %1 within %2 m; closer fails</source>
        <translation>不应设置在有可能发生洪水的地区：%2 m 范围内不得有%1；更近则不合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should not be sited in a flood-prone area (不宜): no %1 within %2 m; closer warns</source>
        <translation>不宜设置在有可能发生洪水的地区：%2 m 范围内不宜有%1；更近则警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>distance to the %1 shall be at least %2 m (不应小于); closer fails</source>
        <translation>距%1不应小于 %2 m；更近则不合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>distance to the %1 should be at least %2 m (不宜小于); closer warns</source>
        <translation>距%1不宜小于 %2 m；更近则警告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (user rule)</source>
        <translation>（用户规则）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, only inside the flight path</source>
        <translation>，仅适用于飞机航道范围内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site is outside this airport&apos;s flight path: the rule does not apply (GB 50174-2017 条文说明).</source>
        <translation>站点不在该机场的飞机航道范围内：此规则不适用（GB 50174-2017 条文说明）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closer than the rule&apos;s distance, and it is not known whether the site is inside the flight path: set the airport&apos;s flight-path attribute to yes or no, or add the flight-path area.</source>
        <translation>距离小于规则要求，且不清楚站点是否在飞机航道范围内：请把机场的 flight-path 属性设为 yes 或 no，或添加航道范围。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 ≥ %2 m (%3)</source>
        <translation>%1 ≥ %2 m（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shall</source>
        <translation>不应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>should</source>
        <translation>不宜</translation>
    </message>
</context>
<context>
    <name>edge::hub</name>
    <message>
        <location filename="../backend/hub/certificateauthority.cpp" line="+163"/>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>Out of memory while building a certificate.</source>
        <translation>生成证书时内存不足。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&apos;%1&apos; is not a valid IP address for a certificate.</source>
        <translation>“%1”不是可用于证书的有效 IP 地址。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The certificate&apos;s names could not be set.</source>
        <translation>无法设置证书中的名称。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The certificate for &apos;%1&apos; could not be created.</source>
        <translation>无法为“%1”创建证书。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is neither a host name nor an IP address; a certificate cannot name it.</source>
        <translation>“%1”既不是主机名也不是 IP 地址，无法写入证书。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A certificate must be valid for 1 second to 3650 days.</source>
        <translation>证书有效期须在 1 秒到 3650 天之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A certificate must be valid for 1 to 3650 days.</source>
        <translation>证书的有效期必须为 1 到 3650 天。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+4"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&apos;%1&apos; exists but &apos;%2&apos; is missing. The hub never replaces an existing certificate authority: restore the missing file from a backup, or move both away to create a new CA (every client must then trust the new ca.pem).</source>
        <translation>“%1”存在，但缺少“%2”。管理中心绝不会替换现有的证书颁发机构：请从备份中恢复缺失的文件，或将这两个文件都移走以新建 CA（之后每个客户端都必须信任新的 ca.pem）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate authority&apos;s key could not be generated.</source>
        <translation>无法生成证书颁发机构的密钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate authority could not be encoded.</source>
        <translation>无法编码证书颁发机构。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; is not a readable PEM certificate. The hub will not replace it; restore it from a backup.</source>
        <translation>“%1”不是可读取的 PEM 证书。管理中心不会替换它，请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a readable PEM private key. The hub will not replace it; restore it from a backup.</source>
        <translation>“%1”不是可读取的 PEM 私钥。管理中心不会替换它，请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; and &apos;%2&apos; do not belong together. Restore the matching pair from a backup.</source>
        <translation>“%1”与“%2”不匹配。请从备份中恢复配套的一对文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a certificate authority certificate.</source>
        <translation>“%1”不是证书颁发机构（CA）证书。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A key could not be generated.</source>
        <translation>无法生成密钥。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <source>The certificate could not be encoded.</source>
        <translation>无法编码证书。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The certificate request is not a readable PEM PKCS#10 request.</source>
        <translation>证书请求不是可读取的 PEM PKCS#10 请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate request&apos;s signature does not match its key.</source>
        <translation>证书请求的签名与其密钥不匹配。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate request names no subject (CN).</source>
        <translation>证书请求未指定主题（CN）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not a readable PEM certificate.</source>
        <translation>这不是可读取的 PEM 证书。</translation>
    </message>
    <message>
        <location filename="../backend/hub/hub.cpp" line="+63"/>
        <source>&apos;%1&apos; is not an address to listen on; write HOST:PORT, e.g. 0.0.0.0:7443, 127.0.0.1:0 or [::]:7443.</source>
        <translation>“%1”不是可监听的地址；请写成 HOST:PORT，例如 0.0.0.0:7443、127.0.0.1:0 或 [::]:7443。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>The issued certificate cannot be read.</source>
        <translation>无法读取已签发的证书。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Another hub is preparing the certificates in &apos;%1&apos;; try again, or check that no other edge-hub uses this data directory.</source>
        <translation>另一个管理中心正在“%1”中准备证书；请重试，或确认没有其他 edge-hub 在使用此数据目录。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>EDGE_ADMIN_PASSWORD is not a usable password: %1</source>
        <translation>EDGE_ADMIN_PASSWORD 不是可用的密码：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No data directory was given.</source>
        <translation>未指定数据目录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is neither a host name nor an IP address; the hub&apos;s certificate cannot name it.</source>
        <translation>“%1”既不是主机名也不是 IP 地址，无法写入管理中心的证书。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node certificates must be valid for 60 seconds to 365 days.</source>
        <translation>节点证书有效期须在 60 秒到 365 天之间。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the data directory &apos;%1&apos;.</source>
        <translation>无法创建数据目录“%1”。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot read the server certificate in &apos;%1&apos;.</source>
        <translation>无法读取“%1”中的服务器证书。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot listen on %1: the port is in use, or the address does not belong to this machine.</source>
        <translation>无法在 %1 上监听：端口已被占用，或该地址不属于本机。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The hub has been shut down.</source>
        <translation>管理中心已关闭。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hub has no enabled administrator to sign in the local user as.</source>
        <translation>管理中心没有已启用的管理员，无法以其身份登录本地用户。</translation>
    </message>
</context>
<context>
    <name>edge::modbus</name>
    <message>
        <location filename="../device-protocols/modbus/modbuscodec.cpp" line="+47"/>
        <source>The device sent an empty Modbus response.</source>
        <translation>设备发送了空的 Modbus 响应。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The device sent a Modbus exception response without its code.</source>
        <translation>设备发送的 Modbus 异常响应缺少异常码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device answered with Modbus exception: %1.</source>
        <translation>设备返回 Modbus 异常：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device answered function %1 to a request for function %2.</source>
        <translation>请求功能码 %2，设备却以功能码 %1 应答。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device&apos;s response has the wrong length (%1 data bytes announced, %2 present, %3 expected).</source>
        <translation>设备响应长度错误（声明 %1 个数据字节，实际 %2 个，应为 %3 个）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Register &quot;%1&quot;: %2 needs %3 register(s), got %4.</source>
        <translation>寄存器“%1”：%2 需要 %3 个寄存器，实际得到 %4 个。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>illegal function</source>
        <translation>非法功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illegal data address</source>
        <translation>非法数据地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>illegal data value</source>
        <translation>非法数据值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server device failure</source>
        <translation>从站设备故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledge</source>
        <translation>已确认（处理中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server device busy</source>
        <translation>从站设备忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory parity error</source>
        <translation>存储奇偶校验错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway path unavailable</source>
        <translation>网关路径不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway target device failed to respond</source>
        <translation>网关目标设备无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown exception %1</source>
        <translation>未知异常 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (exception %2)</source>
        <translation>%1（异常 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>The device&apos;s response is truncated.</source>
        <translation>设备响应被截断。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The RTU frame is too short (%1 bytes; at least 4 expected).</source>
        <translation>RTU 帧太短（%1 字节；至少应为 4 字节）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The RTU frame&apos;s CRC is wrong (0x%1 sent, 0x%2 computed): check the cable, baud rate and parity.</source>
        <translation>RTU 帧 CRC 错误（收到 0x%1，计算得 0x%2）：请检查线缆、波特率和校验位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The RTU frame comes from unit %1, not unit %2.</source>
        <translation>RTU 帧来自单元 %1，而不是单元 %2。</translation>
    </message>
    <message>
        <location filename="../device-protocols/modbus/modbuspresets.cpp" line="+35"/>
        <source>Generic RS485 temperature/humidity transmitter (holding 0: temperature, 1: humidity)</source>
        <translation>通用 RS485 温湿度变送器（保持寄存器 0：温度，1：湿度）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>XY-MD02 / SHT20 (input 1: temperature, 2: humidity)</source>
        <translation>XY-MD02 / SHT20（输入寄存器 1：温度，2：湿度）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renke RS-WS-N01 style (holding 0: humidity FIRST, 1: temperature)</source>
        <translation>建大仁科 RS-WS-N01 类（保持寄存器 0：湿度在前，1：温度）</translation>
    </message>
    <message>
        <location filename="../device-protocols/modbus/modbussession.cpp" line="+71"/>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcp: Modbus TCP over the network; rtu: RS485 through a serial port.</source>
        <translation>tcp：经网络的 Modbus TCP；rtu：经串口的 RS485。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+119"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>IP address or name of the sensor or gateway (TCP).</source>
        <translation>传感器或网关的 IP 地址或名称（TCP）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port, usually 502.</source>
        <translation>TCP 端口，通常为 502。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+106"/>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Serial device of the RS485 adapter, e.g. /dev/ttyUSB0 (RTU).</source>
        <translation>RS485 转换器的串口设备，例如 /dev/ttyUSB0（RTU）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As set on the sensor; 9600 on most.</source>
        <translation>与传感器设置一致；大多数为 9600。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+64"/>
        <source>Unit id</source>
        <translation>单元号</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The sensor&apos;s Modbus address (slave id), 1-247 on RS485.</source>
        <translation>传感器的 Modbus 地址（从站号），RS485 上为 1-247。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeout (ms)</source>
        <translation>超时（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait for each answer.</source>
        <translation>每次应答的等待时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra attempts after a timeout.</source>
        <translation>超时后额外尝试的次数。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Setting &quot;%1&quot;: Modbus TCP needs the sensor&apos;s address.</source>
        <translation>设置“%1”：Modbus TCP 需要传感器的地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting &quot;%1&quot;: Modbus RTU needs the serial device, e.g. /dev/ttyUSB0.</source>
        <translation>设置“%1”：Modbus RTU 需要串口设备，例如 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting &quot;%1&quot;: on RS485 the unit id is 1 to 247.</source>
        <translation>设置“%1”：RS485 上的单元号为 1 到 247。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Check the unit id (%1), the IP address and that the gateway reaches the sensor.</source>
        <translation>请检查单元号（%1）、IP 地址，以及网关能否连到传感器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the unit id (%1), the RS485 cable (A/B swapped?), the baud rate (%2) and parity (%3).</source>
        <translation>请检查单元号（%1）、RS485 线缆（A/B 是否接反？）、波特率（%2）和校验位（%3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer from %1 while %2 (waited %3 ms per attempt, attempts: %4). %5</source>
        <translation>%2时 %1 无应答（每次等待 %3 毫秒，尝试次数：%4）。%5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Garbled answer from %1 while %2 (bad CRC). Check the baud rate, parity, the cable and its termination.</source>
        <translation>%2时 %1 的应答已损坏（CRC 错误）。请检查波特率、校验位、线缆及其终端电阻。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent an answer that makes no sense while %2 (%3). Check that no other device uses unit id %4.</source>
        <translation>%2时 %1 的应答无法解释（%3）。请确认没有其他设备使用单元号 %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach %1 while %2 (%3). Check the address and port, that the device is on and the network cable.</source>
        <translation>%2时无法连到 %1（%3）。请检查地址和端口、设备是否通电以及网线。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the serial port of %1 while %2 (%3). Check the device name, that the RS485 adapter is plugged in and that you may use it (dialout group).</source>
        <translation>%2时无法使用 %1 的串口（%3）。请检查设备名、RS485 转换器是否插好，以及您是否有权限使用（dialout 组）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>setting up the connection</source>
        <translation>建立连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit id %1 is not valid here.</source>
        <translation>单元号 %1 在此无效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading %1 %2 (count %3)</source>
        <translation>读取 %1 %2（数量 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1 from address %2: outside 0 to 65535.</source>
        <translation>无法从地址 %2 读取 %1 个：超出 0 到 65535。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered with Modbus exception: %2, while %3. Check the register map: the table or address may be wrong for this device.</source>
        <translation>%3时 %1 返回 Modbus 异常：%2。请检查寄存器表：对该设备而言，寄存器类型或地址可能有误。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read %1 registers from the %2 table (at most %3 from the input or holding table).</source>
        <translation>无法从 %2 表读取 %1 个寄存器（输入或保持寄存器表每次最多 %3 个）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1 bits from the %2 table (at most %3 from the coil or discrete table).</source>
        <translation>无法从 %2 表读取 %1 个位（线圈或离散输入表每次最多 %3 个）。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Register &quot;%1&quot; (%2 %3): %4</source>
        <translation>寄存器“%1”（%2 %3）：%4</translation>
    </message>
    <message>
        <location filename="../device-protocols/modbus/registermap.cpp" line="+101"/>
        <source>the name is empty; give every entry a name.</source>
        <translation>名称为空；请为每个条目命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quantity is empty; use e.g. temperature or humidity.</source>
        <translation>物理量为空；请使用例如 temperature 或 humidity。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>address %1 is outside 0 to 65535 (a 32-bit value needs two registers).</source>
        <translation>地址 %1 超出 0 到 65535（32 位数值占两个寄存器）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>coils and discrete inputs hold bits: use type bool.</source>
        <translation>线圈和离散输入保存的是位：请使用类型 bool。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registers hold numbers: use uint16, int16, uint32, int32 or float32.</source>
        <translation>寄存器保存的是数值：请使用 uint16、int16、uint32、int32 或 float32。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scale must be a non-zero number.</source>
        <translation>倍率必须是非零数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offset must be a number.</source>
        <translation>偏移量必须是数字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register &quot;%1&quot;, field &quot;%2&quot;: %3</source>
        <translation>寄存器“%1”，字段“%2”：%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a hex PDU address from 0x0000 to 0xFFFF.</source>
        <translation>“%1”不是 0x0000 到 0xFFFF 之间的十六进制 PDU 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDU address %1 (0x%2)</source>
        <translation>PDU 地址 %1（0x%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an address: write a PDU address (0 to 65535 or 0x0000 to 0xFFFF) or a Modicon reference such as 30002 or 40001.</source>
        <translation>“%1”不是地址：请填写 PDU 地址（0 到 65535 或 0x0000 到 0xFFFF）或 Modicon 地址，例如 30002 或 40001。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+132"/>
        <source>PDU address %1</source>
        <translation>PDU 地址 %1</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>&quot;%1&quot; is not a Modicon reference: it must start with 0 (coil), 1 (discrete input), 3 (input register) or 4 (holding register).</source>
        <translation>“%1”不是 Modicon 地址：必须以 0（线圈）、1（离散输入）、3（输入寄存器）或 4（保持寄存器）开头。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: a Modicon reference counts from 1; %2 is outside 1 to 65536.</source>
        <translation>“%1”：Modicon 地址从 1 开始计数；%2 超出 1 到 65536。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a Modicon reference to the %2 table, but the entry says %3; fix one of them.</source>
        <translation>“%1”是指向 %2 表的 Modicon 地址，但条目写的是 %3；请改正其中之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modicon %1 = %2 table, PDU address %3</source>
        <translation>Modicon %1 = %2 表，PDU 地址 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register map %1</source>
        <translation>寄存器表 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2 column %3: not valid JSON (%4). Fix the file and import it again.</source>
        <translation>%1，第 %2 行第 %3 列：不是有效的 JSON（%4）。请修正文件后重新导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: expected an object with an &quot;entries&quot; list (see docs/adding-a-device-protocol.md for the format).</source>
        <translation>%1：应为包含“entries”列表的对象（格式见 docs/adding-a-device-protocol.md）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;name&quot; must be a text.</source>
        <translation>%1：“name”必须是文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the &quot;entries&quot; list is empty; add at least one register.</source>
        <translation>%1：“entries”列表为空；请至少添加一个寄存器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1</source>
        <translation>第 %1 个条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1 (&quot;%2&quot;)</source>
        <translation>第 %1 个条目（“%2”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, field &quot;%2&quot;</source>
        <translation>%1，字段“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3 Fix the entry and import the map again.</source>
        <translation>%1，%2：%3 请修正该条目后重新导入寄存器表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object with name, quantity, address, ...</source>
        <translation>应为包含 name、quantity、address 等字段的对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field; the fields are: %1.</source>
        <translation>未知字段；可用字段为：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a non-empty text is required.</source>
        <translation>必须填写非空文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a non-empty text is required, e.g. temperature or humidity.</source>
        <translation>必须填写非空文本，例如 temperature 或 humidity。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a text such as °C or %RH.</source>
        <translation>必须是文本，例如 °C 或 %RH。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be one of coil, discrete, input, holding.</source>
        <translation>必须是 coil、discrete、input、holding 之一。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a PDU address from 0 to 65535.</source>
        <translation>%1 不是 0 到 65535 之间的 PDU 地址。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required: a PDU address (number or &quot;0x0001&quot;) or a Modicon reference (&quot;30002&quot;).</source>
        <translation>必填：PDU 地址（数字或“0x0001”）或 Modicon 地址（“30002”）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of bool, uint16, int16, uint32, int32, float32.</source>
        <translation>必须是 bool、uint16、int16、uint32、int32、float32 之一。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be big (high word first) or little (low word first).</source>
        <translation>必须是 big（高位字在前）或 little（低位字在前）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number (a multiplier: 0.1 for a value sent in tenths).</source>
        <translation>必须是数字（乘数：以十分之一为单位发送的值填 0.1）。</translation>
    </message>
</context>
<context>
    <name>edge::podman::PodmanClient</name>
    <message>
        <location filename="../device-protocols/podman/podmanclient.cpp" line="+87"/>
        <source>The Podman request timed out.</source>
        <translation>Podman 请求超时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+170"/>
        <source>Podman is not reachable.</source>
        <translation>无法连接到 Podman。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The image archive cannot be read.</source>
        <translation>无法读取镜像归档文件。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The image upload was cancelled.</source>
        <translation>镜像上传已取消。</translation>
    </message>
</context>
<context>
    <name>edge::podman::PodmanCodec</name>
    <message>
        <location filename="../device-protocols/podman/podmancodec.cpp" line="+31"/>
        <source>The container settings are invalid.</source>
        <translation>容器设置无效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Podman sent a response that could not be read.</source>
        <translation>Podman 返回的响应无法读取。</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>Podman could not report the containers&apos; resource use.</source>
        <translation>Podman 无法报告容器的资源使用情况。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Podman reported an error: %1</source>
        <translation>Podman 报告错误：%1</translation>
    </message>
</context>
<context>
    <name>edge::proto</name>
    <message>
        <location filename="../backend/proto/convert.cpp" line="+68"/>
        <source>Unknown kind &apos;%1&apos;; use region, site, cabinet, node or device.</source>
        <translation>未知类型“%1”；请使用 region、site、cabinet、node 或 device。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The hub sent a change with an unknown operation.</source>
        <translation>管理中心发送了一个操作类型未知的变更。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown role &apos;%1&apos;; use viewer, operator or admin.</source>
        <translation>未知角色“%1”；请使用 viewer、operator 或 admin。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hub sent a session with an unknown role.</source>
        <translation>管理中心发送了一个角色未知的会话。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The value &apos;%1&apos; is not known here.</source>
        <translation>此处无法识别值“%1”。</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>A metric sample is not valid JSON.</source>
        <translation>指标样本不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The hub sent a conflict of an unknown kind &apos;%1&apos;; it may run a newer version.</source>
        <translation>管理中心发送了未知类型“%1”的冲突；它可能运行着更新的版本。</translation>
    </message>
</context>
<context>
    <name>edge::reports</name>
    <message>
        <location filename="../backend/reports/photo.cpp" line="+27"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MiB; choose a smaller photo.</source>
        <translation>%1 大于 %2 MiB；请选择较小的照片。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2 x %3 pixels; photos up to 200 megapixels are accepted.</source>
        <translation>%1 为 %2 x %3 像素；照片最大接受 2 亿像素。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not an image Qt can read (%2); use JPEG or PNG.</source>
        <translation>%1 不是可读取的图像（%2）；请使用 JPEG 或 PNG。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be converted to JPEG: %2</source>
        <translation>无法将 %1 转换为 JPEG：%2</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+50"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low (unverified)</source>
        <translation>低（未核实）</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead-acid</source>
        <translation>铅酸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lithium</source>
        <translation>锂电池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="+521"/>
        <location line="+22"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+34"/>
        <location line="+22"/>
        <source>The report language &quot;%1&quot; is not available; choose en or zh_CN.</source>
        <translation>报告语言“%1”不可用；请选择 en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+5"/>
        <source>The Chinese report needs the font WenQuanYi Micro Hei; install the Debian package fonts-wqy-microhei and try again.</source>
        <translation>中文报告需要文泉驿微米黑字体；请安装 Debian 软件包 fonts-wqy-microhei 后重试。</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+12"/>
        <source>Site survey report: %1</source>
        <translation>现场勘察报告：%1</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="+25"/>
        <location filename="../backend/reports/reportdocument.cpp" line="+321"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+9"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../backend/reports/reportdocument.cpp" line="+99"/>
        <source>%1 is not a file name; choose where to write the PDF.</source>
        <translation>%1 不是文件名；请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+109"/>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择有写权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="-68"/>
        <location line="+166"/>
        <location filename="../backend/reports/reportdocument.cpp" line="-47"/>
        <location line="+40"/>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <location filename="../backend/reports/reportdocument.cpp" line="-34"/>
        <source>The PDF %1 could not be started.</source>
        <translation>无法开始写入 PDF %1。</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>%1 · %2 · generated %3</source>
        <translation>%1 · %2 · 生成于 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site survey report</source>
        <translation>现场勘察报告</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="-72"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+11"/>
        <location line="+203"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="-202"/>
        <source>Site code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="+1"/>
        <location line="+16"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>勘察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>勘察人</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="-500"/>
        <location line="+527"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="-526"/>
        <location line="+526"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="-525"/>
        <location line="+526"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="-523"/>
        <location line="+523"/>
        <source>Pending</source>
        <translation>待检</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>Accepted</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted with open items</source>
        <translation>验收通过（有遗留项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>验收不通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+410"/>
        <source>Acceptance report: %1</source>
        <translation>验收报告：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acceptance report</source>
        <translation>验收报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model %1</source>
        <translation>型号 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (first run)</source>
        <translation>无（首次调测）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (revision %2, finished %3)</source>
        <translation>%1（第 %2 版，完成于 %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+340"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Cabinet</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>调测记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+332"/>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+211"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="-210"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+0"/>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 items: %2 passed, %3 failed, %4 skipped, %5 pending.</source>
        <translation>共 %1 项：%2 项通过，%3 项未通过，%4 项跳过，%5 项待检。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(automatic check)</source>
        <translation>（自动检查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(by %1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+14"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Changed</source>
        <translation>变化时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elapsed</source>
        <translation>经过时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Burn-in</source>
        <translation>老化测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperatures</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UPS load</source>
        <translation>UPS 负载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node metrics</source>
        <translation>节点指标</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 series, %3 samples, %4 to %5 (local time).</source>
        <translation>%1：%2 条曲线，%3 个采样，%4 至 %5（本地时间）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open items</source>
        <translation>遗留项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: every item passed.</source>
        <translation>无：所有项均通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason or comment</source>
        <translation>原因或备注</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed %1</source>
        <translation>签署于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Class (GB 50174-2017)</source>
        <translation>等级（GB 50174-2017）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise zone (GB 3096-2008)</source>
        <translation>声环境功能区（GB 3096-2008）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal profile</source>
        <translation>温湿度规范</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn margin</source>
        <translation>警告裕量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="-323"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+4"/>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="+22"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+2"/>
        <source>%1 checks: %2 pass, %3 warn, %4 fail, %5 not measured.</source>
        <translation>共 %1 项检查：%2 项合格，%3 项警告，%4 项不合格，%5 项未测量。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Limits marked &quot;unverified&quot; come from sources of low confidence; confirm them before relying on the result.</source>
        <translation>标为“未核实”的限值来源可信度低；依据结果前请先核实。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No checks yet: add readings, noise measurements, hazards or site facts.</source>
        <translation>尚无检查项：请添加读数、噪声测量、危险源或现场情况。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="+75"/>
        <location line="+71"/>
        <location line="+44"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+0"/>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass range</source>
        <translation>合格范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic check</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped because</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measurement</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence the item requires is missing.</source>
        <translation>缺少该项要求的证据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo %1: %2</source>
        <translation>照片 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — not printed: the photo is not available here.</source>
        <translation>%1 — 未打印：此处没有该照片。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(thumbnail; the photo is not available here)</source>
        <translation>（缩略图；此处没有该照片）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Raw readings of %1 (%2)</source>
        <translation>%1 的原始读数（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Raw</source>
        <translation>原始值</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no change within the limit</source>
        <translation>时限内无变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (after %2 s)</source>
        <translation>%1（%2 秒后）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guided test %1</source>
        <translation>引导测试 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expectation</source>
        <translation>预期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+0"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="-114"/>
        <location line="+35"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+0"/>
        <location line="+141"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="-124"/>
        <location line="+35"/>
        <source>(unverified)</source>
        <translation>（未核实）</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Temperature and humidity</source>
        <translation>温度与湿度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>allowed range of the profile</source>
        <translation>规范允许范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temperature readings over time (local time) against the profile&apos;s allowed range.</source>
        <translation>温度读数随时间变化（本地时间）与规范允许范围对比。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2 source(s), %3 to %4</source>
        <translation>%1 条，来自 %2 个来源，%3 至 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temperature min / max / mean</source>
        <translation>温度 最低 / 最高 / 平均</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative humidity min / max</source>
        <translation>相对湿度 最低 / 最高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dew point min / max</source>
        <translation>露点 最低 / 最高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest change within 60 min</source>
        <translation>60 分钟内最大变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest change within 15 min</source>
        <translation>15 分钟内最大变化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calibrated (offset %1 dB)</source>
        <translation>已校准（偏移 %1 dB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not calibrated: levels are relative (dBFS), not sound pressure levels</source>
        <translation>未校准：数值为相对电平（dBFS），不是声压级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2, %3 s, %4 period; %5</source>
        <translation>%1 — %2，%3 秒，%4时段；%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>昼间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Levels of %1 against its limits (dashed).</source>
        <translation>%1 的声级与其限值（虚线）对比。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distances to hazards</source>
        <translation>与危险源的距离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hazard</source>
        <translation>危险源</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="-121"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+0"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(shall)</source>
        <translation>（应）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(should)</source>
        <translation>（宜）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no requirement</source>
        <translation>无要求</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hazards around the site with the required distances (rings; dashed: &quot;should&quot;).</source>
        <translation>站点周边危险源及要求距离（圆环；虚线为“宜”）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site facts</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../backend/reports/acceptancereport.cpp" line="+314"/>
        <location filename="../backend/reports/surveyreport.cpp" line="+5"/>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../backend/reports/surveyreport.cpp" line="+1"/>
        <source>Surveyor: %1 (signature, date)</source>
        <translation>勘察人：%1（签字、日期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (signature, date)</source>
        <translation>客户（签字、日期）</translation>
    </message>
</context>
<context>
    <name>edge::seal</name>
    <message>
        <location filename="../backend/seal/seal.cpp" line="+34"/>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is too large for a report (%2 bytes).</source>
        <translation>%1 作为报告过大（%2 字节）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../backend/seal/signingkey.cpp" line="+332"/>
        <source>The signing key is not loaded.</source>
        <translation>签名密钥未加载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report sealed by %1 must be signed with %1&apos;s key, not %2&apos;s.</source>
        <translation>由 %1 封签的报告必须使用 %1 的密钥签名，而不是 %2 的。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is already sealed (or carries a damaged seal); write the report again to seal it.</source>
        <translation>%1 已封签（或带有损坏的封签）；请重新生成报告后再封签。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a complete PDF file, so it cannot be sealed.</source>
        <translation>%1 不是完整的 PDF 文件，无法封签。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report cannot be sealed: %1.</source>
        <translation>无法封签报告：%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the sealed report %1: %2</source>
        <translation>无法写入已封签的报告 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not sealed: it carries no EdgeConsole seal, so nothing shows who made it or that it is unaltered.</source>
        <translation>%1 未封签：没有 EdgeConsole 封签，无法证明其制作者或未被篡改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a PDF file and not sealed.</source>
        <translation>%1 不是 PDF 文件，也未封签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>The seal of %1 is damaged (%2): the file was altered or is incomplete.</source>
        <translation>%1 的封签已损坏（%2）：文件已被篡改或不完整。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 was altered after it was sealed: %n byte(s) were added after the seal.</source>
        <translation>
            <numerusform>%1 在封签后被篡改：封签之后多了 %n 个字节。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was altered after it was sealed: the signature does not match its content.</source>
        <translation>%1 在封签后被篡改：签名与内容不符。</translation>
    </message>
    <message>
        <location filename="../backend/seal/sealtrailer.cpp" line="+86"/>
        <source>the bytes after the end of the PDF are not a complete seal</source>
        <translation>PDF 结尾之后的字节不是完整的封签</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the seal line is not complete</source>
        <translation>封签行不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seal line is not valid base64</source>
        <translation>封签行不是有效的 base64</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature line is missing</source>
        <translation>缺少签名行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature line is not complete</source>
        <translation>签名行不完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature is not a valid Ed25519 signature in base64</source>
        <translation>签名不是有效的 base64 格式 Ed25519 签名</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the seal is not a JSON object</source>
        <translation>封签不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the seal has an unknown format version</source>
        <translation>封签的格式版本未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seal names an unknown signature algorithm</source>
        <translation>封签指定了未知的签名算法</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>the seal field &apos;%1&apos; is missing or not valid</source>
        <translation>封签字段“%1”缺失或无效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the seal&apos;s key fingerprint does not match its public key</source>
        <translation>封签中的密钥指纹与其公钥不符</translation>
    </message>
    <message>
        <location filename="../backend/seal/signingkey.cpp" line="-244"/>
        <source>&apos;%1&apos; cannot name a signing key: use a user name without &apos;/&apos;, &apos;\&apos; or control characters that does not start with &apos;.&apos;.</source>
        <translation>无法用“%1”命名签名密钥：请使用不含“/”、“\”或控制字符且不以“.”开头的用户名。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write the signing key %1: %2</source>
        <translation>无法写入签名密钥 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+122"/>
        <location line="+5"/>
        <source>Cannot create a signing key.</source>
        <translation>无法创建签名密钥。</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 has no signing key yet (%2).</source>
        <translation>%1 还没有签名密钥（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Cannot read the signing key %1: %2</source>
        <translation>无法读取签名密钥 %1：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The signing key %1 is not a regular file, so it is not used.</source>
        <translation>签名密钥 %1 不是普通文件，因此不予使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signing key %1 can be read by other users, so it is not used. Run &apos;chmod 600 %1&apos; and try again.</source>
        <translation>签名密钥 %1 可被其他用户读取，因此不予使用。请运行“chmod 600 %1”后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signing key %1 is not an encrypted Ed25519 key. Restore it from a backup or move it away.</source>
        <translation>签名密钥 %1 不是加密的 Ed25519 密钥。请从备份恢复或将其移走。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong passphrase for the signing key of %1.</source>
        <translation>%1 的签名密钥口令错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase of a signing key must have at least %1 characters.</source>
        <translation>签名密钥的口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot create the directory %1 for signing keys.</source>
        <translation>无法创建签名密钥目录 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>%1 already has a signing key (%2).</source>
        <translation>%1 已有签名密钥（%2）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the public half of the signing key %1.</source>
        <translation>无法读取签名密钥 %1 的公钥部分。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot sign with the signing key.</source>
        <translation>无法使用签名密钥签名。</translation>
    </message>
</context>
<context>
    <name>edge::services</name>
    <message>
        <location filename="../backend/services/authenticator.cpp" line="+17"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are not signed in, or your session has ended. Sign in again.</source>
        <translation>您尚未登录，或会话已结束。请重新登录。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The user &apos;%1&apos; is disabled.</source>
        <translation>用户“%1”已被禁用。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>您的会话已过期。请重新登录。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This needs the role %1; you are signed in as %2 with the role %3.</source>
        <translation>此操作需要 %1 角色；您以 %2 的身份登录，角色为 %3。</translation>
    </message>
    <message>
        <location filename="../backend/services/inventoryservice.cpp" line="+37"/>
        <source>The page token is not valid; list again from the first page.</source>
        <translation>分页令牌无效；请从第一页重新列出。</translation>
    </message>
    <message>
        <location filename="../backend/services/agentcontrolservice.cpp" line="+248"/>
        <source>The agent control channel needs the node&apos;s client certificate; enroll the node first.</source>
        <translation>代理控制通道需要节点的客户端证书；请先注册该节点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub did not issue this certificate (or no longer knows it); enroll the node again.</source>
        <translation>此证书不是本管理中心签发的（或已不再记录）；请重新注册该节点。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The node &apos;%1&apos; was deleted from the inventory; enroll it again.</source>
        <translation>节点“%1”已从资产清单中删除；请重新注册。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of the node &apos;%1&apos; has expired; enroll the node again with a new bootstrap token.</source>
        <translation>节点“%1”的证书已过期；请使用新的引导令牌重新注册该节点。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The agent must send Hello first.</source>
        <translation>代理必须先发送 Hello。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+352"/>
        <location filename="../backend/services/inventoryservice.cpp" line="+26"/>
        <location line="+16"/>
        <source>The hub is shutting down.</source>
        <translation>管理中心正在关闭。</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The certificate request cannot be read.</source>
        <translation>无法读取证书请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate request names &apos;%1&apos;, but this node is &apos;%2&apos;.</source>
        <translation>证书请求的名称为“%1”，但此节点为“%2”。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Replaced by a newer connection of the same node.</source>
        <translation>已被同一节点的新连接取代。</translation>
    </message>
    <message>
        <location filename="../backend/services/inventoryservice.cpp" line="+185"/>
        <source>Name the entity to change by its id.</source>
        <translation>请通过 id 指定要更改的实体。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The offset must not be negative.</source>
        <translation>偏移量不能为负数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page size must not be negative.</source>
        <translation>每页大小不能为负数。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The revision to watch from must not be negative.</source>
        <translation>开始监视的修订号不能为负数。</translation>
    </message>
    <message>
        <location filename="../backend/services/passwordhasher.cpp" line="+37"/>
        <location filename="../backend/services/secrets.cpp" line="+14"/>
        <source>The system could not produce random bytes.</source>
        <translation>系统无法生成随机字节。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be hashed.</source>
        <translation>无法对密码进行哈希处理。</translation>
    </message>
    <message>
        <location filename="../backend/services/usersservice.cpp" line="+29"/>
        <source>&apos;%1&apos; is the last enabled administrator; make another user an administrator first.</source>
        <translation>“%1”是最后一个已启用的管理员；请先将另一个用户设为管理员。</translation>
    </message>
    <message>
        <location filename="../backend/services/enrollmentservice.cpp" line="+22"/>
        <source>The bootstrap token is not valid.</source>
        <translation>引导令牌无效。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No site has the id or name &apos;%1&apos;.</source>
        <translation>没有 ID 或名称为“%1”的站点。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A bootstrap token lives between one second and seven days.</source>
        <translation>引导令牌的有效期须在一秒到七天之间。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The bootstrap token has already been used; create a new one with &apos;edgectl token create&apos;.</source>
        <translation>该引导令牌已被使用；请用“edgectl token create”创建新令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bootstrap token has expired; create a new one with &apos;edgectl token create&apos;.</source>
        <translation>该引导令牌已过期；请用“edgectl token create”创建新令牌。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bootstrap token is for the node &apos;%1&apos;.</source>
        <translation>该引导令牌仅供节点“%1”使用。</translation>
    </message>
    <message>
        <location filename="../backend/services/agentcontrolservice.cpp" line="-134"/>
        <location filename="../backend/services/enrollmentservice.cpp" line="+9"/>
        <source>This hub cannot issue certificates.</source>
        <translation>此管理中心无法签发证书。</translation>
    </message>
    <message>
        <location filename="../backend/services/nodesservice.cpp" line="+43"/>
        <source>Name the node.</source>
        <translation>请指定节点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No node has the id &apos;%1&apos;.</source>
        <translation>没有 ID 为“%1”的节点。</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Give the image archive&apos;s SHA-256 as 64 hex digits.</source>
        <translation>请以 64 位十六进制数字给出镜像归档的 SHA-256。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An image archive holds between one byte and 16 GiB.</source>
        <translation>镜像归档大小须在 1 字节到 16 GiB 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub cannot keep image archives: its image directory cannot be created.</source>
        <translation>管理中心无法保存镜像归档：无法创建其镜像目录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+14"/>
        <location line="+21"/>
        <source>The hub cannot write the image archive.</source>
        <translation>管理中心无法写入镜像归档。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The image chunks arrived out of order (offset %1, expected %2).</source>
        <translation>镜像分块到达顺序错误（偏移 %1，应为 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An image chunk holds at most 1 MiB.</source>
        <translation>每个镜像分块最多 1 MiB。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image archive is larger than announced.</source>
        <translation>镜像归档比声明的大。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No image archive was sent.</source>
        <translation>未发送镜像归档。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image archive ended after %1 of %2 bytes.</source>
        <translation>镜像归档在 %2 字节中的第 %1 字节处中断。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image archive does not match its SHA-256; it was damaged on the way. Push it again.</source>
        <translation>镜像归档与其 SHA-256 不符，传输中已损坏。请重新推送。</translation>
    </message>
    <message>
        <location filename="../backend/services/syncservice.cpp" line="+37"/>
        <source>The store that asks to sync is a copy of this hub&apos;s store (both are replica %1); a copy cannot sync with its original. Start from a fresh data directory.</source>
        <translation>请求同步的存储是此管理中心存储的副本（两者都是副本 %1）；副本不能与其原件同步。请从新的数据目录开始。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sync cursor %1 is negative.</source>
        <translation>同步游标 %1 为负数。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A sync batch holds at most %1 operations; this one has %2. Send smaller batches.</source>
        <translation>一个同步批次最多包含 %1 个操作；此批次有 %2 个。请发送更小的批次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operation %1 changes a user; users never sync.</source>
        <translation>操作 %1 修改了用户；用户从不同步。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Name the conflict to resolve.</source>
        <translation>请指定要解决的冲突。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the value to keep (its operation id).</source>
        <translation>请指定要保留的值（其操作 ID）。</translation>
    </message>
</context>
<context>
    <name>edge::snmp</name>
    <message>
        <location filename="../device-protocols/snmp/snmpmapping.cpp" line="+28"/>
        <source>%1 (OID %2) from %3: %4</source>
        <translation>来自 %3 的 %1（OID %2）：%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has type %1; expected %2</source>
        <translation>类型为 %1，应为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value %1 is outside %2..%3</source>
        <translation>值 %1 超出 %2..%3 范围</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>scale %1 is not an EntitySensorDataScale (1 yocto .. 17 yotta)</source>
        <translation>量级 %1 不是有效的 EntitySensorDataScale（1 yocto .. 17 yotta）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>precision %1 is outside -8..9</source>
        <translation>精度 %1 超出 -8..9 范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sensor reads below its range (underflow, %1)</source>
        <translation>传感器读数低于量程（下溢，%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sensor reads above its range (overflow, %1)</source>
        <translation>传感器读数高于量程（上溢，%1）</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>missing; the sensor &quot;%1&quot; cannot be read without it</source>
        <translation>缺失；没有它无法读取传感器“%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the sensor &quot;%1&quot; reports %2, not ok; its value is not used</source>
        <translation>传感器“%1”报告 %2（非 ok），其值未被采用</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>missing; the link state of port &quot;%1&quot; is unknown</source>
        <translation>缺失；端口“%1”的链路状态未知</translation>
    </message>
    <message>
        <location filename="../device-protocols/snmp/snmpsession.cpp" line="+260"/>
        <source>No answer from the SNMP agent at %1 within %2 s (%3 tries). Check the address and port, the community, and that no firewall drops UDP port %4.</source>
        <translation>SNMP 代理 %1 在 %2 秒内（%3 次尝试）无应答。请检查地址和端口、团体名，以及防火墙是否放行 UDP 端口 %4。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer from the SNMP agent at %1 within %2 s (%3 tries). Check the address and port, the SNMP v3 user and passphrases, and that no firewall drops UDP port %4.</source>
        <translation>SNMP 代理 %1 在 %2 秒内（%3 次尝试）无应答。请检查地址和端口、SNMP v3 用户和口令，以及防火墙是否放行 UDP 端口 %4。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../device-protocols/snmp/snmpsettings.cpp" line="+86"/>
        <source>Enter the address of the SNMP agent.</source>
        <translation>请输入 SNMP 代理的地址。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The SNMP v3 passphrases cannot be used (at least 8 characters are needed).</source>
        <translation>SNMP v3 口令不可用（至少需要 8 个字符）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open an SNMP session to %1: %2. Check the address.</source>
        <translation>无法打开到 %1 的 SNMP 会话：%2。请检查地址。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+109"/>
        <source>The SNMP request was cancelled.</source>
        <translation>SNMP 请求已取消。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Ask for 1 to 64 OIDs in one SNMP request.</source>
        <translation>一次 SNMP 请求只能查询 1 到 64 个 OID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a numeric OID such as 1.3.6.1.2.1.33.1.2.1.0.</source>
        <translation>“%1”不是数字形式的 OID（例如 1.3.6.1.2.1.33.1.2.1.0）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot send an SNMP request to %1: %2.</source>
        <translation>无法向 %1 发送 SNMP 请求：%2。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The link to the SNMP agent at %1 failed: %2.</source>
        <translation>与 SNMP 代理 %1 的连接失败：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link to the SNMP agent at %1 failed.</source>
        <translation>与 SNMP 代理 %1 的连接失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SNMP agent at %1 refused the SNMP v3 credentials (%2). Check the user name, the authentication and privacy protocols and the passphrases.</source>
        <translation>SNMP 代理 %1 拒绝了 SNMP v3 凭据（%2）。请检查用户名、认证和加密协议以及口令。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The SNMP agent at %1 answered %2 (error %3) for OID %4.</source>
        <translation>SNMP 代理 %1 对 OID %4 返回 %2（错误 %3）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SNMP agent at %1 has no value for OID %2 (%3).</source>
        <translation>SNMP 代理 %1 没有 OID %2 的值（%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The SNMP agent at %1 answered without a value for OID %2.</source>
        <translation>SNMP 代理 %1 的应答中没有 OID %2 的值。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a numeric OID such as 1.3.6.1.2.1.33.</source>
        <translation>“%1”不是数字形式的 OID（例如 1.3.6.1.2.1.33）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SNMP agent at %1 returned OID %2 after %3, which is not increasing; the walk of %4 stopped.</source>
        <translation>SNMP 代理 %1 在 %3 之后返回了 OID %2，顺序未递增；对 %4 的遍历已停止。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SNMP agent at %1 returned more than %2 values under %3; the walk stopped.</source>
        <translation>SNMP 代理 %1 在 %3 下返回了超过 %2 个值；遍历已停止。</translation>
    </message>
    <message>
        <location filename="../device-protocols/snmp/snmpsettings.cpp" line="-51"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address or host name of the SNMP agent (UPS card, sensor gateway).</source>
        <translation>SNMP 代理的 IP 地址或主机名（UPS 网卡、传感器网关）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDP port</source>
        <translation>UDP 端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP version</source>
        <translation>SNMP 版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community</source>
        <translation>团体名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP v2c read community.</source>
        <translation>SNMP v2c 只读团体名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP v3 user name (security level authPriv).</source>
        <translation>SNMP v3 用户名（安全级别 authPriv）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication protocol</source>
        <translation>认证协议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication passphrase</source>
        <translation>认证口令</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>At least 8 characters.</source>
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Privacy protocol</source>
        <translation>加密协议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy passphrase</source>
        <translation>加密口令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout (ms)</source>
        <translation>超时（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait for each try.</source>
        <translation>每次尝试的等待时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values per bulk request</source>
        <translation>每次批量请求的值数量</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>SNMP v2c needs a community.</source>
        <translation>SNMP v2c 需要团体名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SNMP v3 needs a user name.</source>
        <translation>SNMP v3 需要用户名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authentication passphrase must have at least 8 characters.</source>
        <translation>认证口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The privacy passphrase must have at least 8 characters.</source>
        <translation>加密口令至少需要 8 个字符。</translation>
    </message>
</context>
<context>
    <name>edge::ssh</name>
    <message>
        <location filename="../device-protocols/ssh/sshsession.cpp" line="+114"/>
        <location line="+21"/>
        <location line="+6"/>
        <location line="+22"/>
        <location line="+28"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Could not connect to %1:%2.</source>
        <translation>无法连接到 %1:%2。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection, or the device was reinstalled. The connection was refused. Only if you are sure the change is legitimate, remove line %2 of %3 and connect again.</source>
        <translation>警告：%1 的主机密钥已更改！可能有人正在截获此连接，或者设备已被重新安装。连接已被拒绝。只有在确认此更改合法时，才可删除 %3 的第 %2 行，然后重新连接。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The host key of %1 is not known yet. Its fingerprint is %2. Accept it only if it matches the key of the device.</source>
        <translation>%1 的主机密钥尚未被信任。其指纹为 %2。仅当它与设备的密钥一致时才接受。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not read the private key file %1.</source>
        <translation>无法读取私钥文件 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Authentication as %1 failed.</source>
        <translation>以 %1 身份认证失败。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no host key to accept.</source>
        <translation>没有待接受的主机密钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not record the host key in %1.</source>
        <translation>无法将主机密钥记录到 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <location line="+93"/>
        <location line="+53"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>The remote command failed.</source>
        <translation>远程命令执行失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SSH operation timed out.</source>
        <translation>SSH 操作超时。</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+2"/>
        <location line="+287"/>
        <location line="+24"/>
        <location line="+19"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+24"/>
        <location line="+50"/>
        <location line="+25"/>
        <location line="+19"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>The file transfer failed.</source>
        <translation>文件传输失败。</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+22"/>
        <location line="+124"/>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
</context>
<context>
    <name>edge::store::StoreTr</name>
    <message>
        <location filename="../backend/store/database.cpp" line="+40"/>
        <source>The database file &apos;%1&apos; could not be opened.</source>
        <translation>无法打开数据库文件“%1”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The folder &apos;%1&apos; for the database could not be created.</source>
        <translation>无法创建数据库所在的文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>无法将数据库切换为预写式日志模式。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The change breaks a rule of the database.</source>
        <translation>该更改违反了数据库规则。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database is full.</source>
        <translation>数据库所在的磁盘已满。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged or is not a database.</source>
        <translation>数据库文件已损坏或不是数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is busy; try again.</source>
        <translation>数据库正忙，请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be read or written.</source>
        <translation>无法读取或写入数据库。</translation>
    </message>
    <message>
        <location filename="../backend/store/migrations.cpp" line="+356"/>
        <source>The file &apos;%1&apos; is a database of another program, not an EdgeConsole store.</source>
        <translation>文件“%1”是其他程序的数据库，不是 EdgeConsole 数据库。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database &apos;%1&apos; has schema version %2, but this program only knows versions up to %3. Use a newer EdgeConsole, or restore an older backup; the file was not changed.</source>
        <translation>数据库“%1”的结构版本为 %2，但此程序最高只支持版本 %3。请使用更新版本的 EdgeConsole，或恢复较早的备份；该文件未被更改。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database was upgraded by a newer program while opening.</source>
        <translation>打开数据库期间，数据库已被更新版本的程序升级。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>将数据库升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The database table &apos;%1&apos; lacks the columns %2; the program needs a migration step that adds them.</source>
        <translation>数据库表“%1”缺少列 %2；程序需要一个添加这些列的迁移步骤。</translation>
    </message>
    <message>
        <location filename="../backend/store/oplog.cpp" line="+206"/>
        <source>An operation value is not valid JSON.</source>
        <translation>某个操作值不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An operation value has the wrong type for its field.</source>
        <translation>某个操作值的类型与其字段不符。</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitestore.cpp" line="+62"/>
        <source>The commissioning run &apos;%1&apos; is finished and read-only; start a revision of it to make a correction.</source>
        <translation>调测“%1”已完成，为只读；如需更正，请创建其修订。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The id of a %1 must be at most 64 characters without spaces around it.</source>
        <translation>%1 的 id 最多 64 个字符，且首尾不能有空格。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The id contains a control character.</source>
        <translation>id 包含控制字符。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 could not be saved: it breaks a rule of the database (a duplicate name or a missing parent).</source>
        <translation>无法保存 %1：违反了数据库规则（名称重复或缺少父级）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file &apos;%1&apos; is damaged or is not an EdgeConsole database.</source>
        <translation>文件“%1”已损坏或不是 EdgeConsole 数据库。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The operation log is inconsistent.</source>
        <translation>操作日志不一致。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A %1 named &apos;%2&apos; already exists.</source>
        <translation>名为“%2”的 %1 已存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A %1 named &apos;%2&apos; already exists in this %3.</source>
        <translation>此 %3 中已存在名为“%2”的 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no %1 with the id &apos;%2&apos;.</source>
        <translation>不存在 id 为“%2”的 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 &apos;%2&apos; belongs to another %3.</source>
        <translation>%1“%2”属于另一个 %3。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A %1 with the id &apos;%2&apos; already exists.</source>
        <translation>id 为“%2”的 %1 已存在。</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+22"/>
        <location line="+140"/>
        <location line="+576"/>
        <source>No %1 has the id &apos;%2&apos;.</source>
        <translation>没有 id 为“%2”的 %1。</translation>
    </message>
    <message>
        <location line="-730"/>
        <source>Say which %1 to change: the id is missing.</source>
        <translation>请指定要更改的 %1：缺少 id。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 was changed by someone else since you loaded it (revision %2, yours is %3). Reload it and try again.</source>
        <translation>自您加载此 %1 以来，它已被他人更改（修订号 %2，您的为 %3）。请重新加载后重试。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The %1 still holds %2 entities (%3); remove them first, or delete with cascade.</source>
        <translation>%1 仍包含 %2 个实体（%3）；请先删除它们，或使用级联删除。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Offset and limit of a list must not be negative.</source>
        <translation>列表的偏移量和条数上限不能为负数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A %1 has no parent to filter by.</source>
        <translation>%1 没有可用于筛选的父级。</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>A new user needs a password.</source>
        <translation>新用户需要密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A user with the id &apos;%1&apos; already exists.</source>
        <translation>id 为“%1”的用户已存在。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+40"/>
        <location line="+54"/>
        <location line="+22"/>
        <location line="+27"/>
        <source>No user is named &apos;%1&apos;.</source>
        <translation>不存在名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>The user &apos;%1&apos; was changed by someone else since you loaded it. Reload it and try again.</source>
        <translation>自您加载用户“%1”以来，它已被他人更改。请重新加载后重试。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The new password is missing.</source>
        <translation>缺少新密码。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A session is stored by the SHA-256 hash of its token (64 hex digits), never by the token itself.</source>
        <translation>会话按其令牌的 SHA-256 哈希值（64 个十六进制数字）存储，绝不存储令牌本身。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This session already exists.</source>
        <translation>此会话已存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The session does not exist or has ended.</source>
        <translation>会话不存在或已结束。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A bootstrap token is stored by the SHA-256 hash of the token (64 hex digits), never by the token itself.</source>
        <translation>引导令牌以其 SHA-256 哈希（64 位十六进制）存储，绝不存储令牌本身。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+21"/>
        <source>The bootstrap token is not valid.</source>
        <translation>引导令牌无效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>The bootstrap token has already been used; create a new one with &apos;edgectl token create&apos;.</source>
        <translation>该引导令牌已被使用；请用“edgectl token create”创建新令牌。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bootstrap token has expired; create a new one with &apos;edgectl token create&apos;.</source>
        <translation>该引导令牌已过期；请用“edgectl token create”创建新令牌。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The setting &apos;%1&apos; is not set.</source>
        <translation>设置项“%1”未设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A setting needs a name.</source>
        <translation>设置项需要名称。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The size of the database could not be read.</source>
        <translation>无法读取数据库的大小。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>备份不能覆盖其所复制的数据库。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The backup to &apos;%1&apos; failed.</source>
        <translation>备份到“%1”失败。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup could not be written to &apos;%1&apos;.</source>
        <translation>无法将备份写入“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup &apos;%1&apos; is damaged or is not an EdgeConsole database; the current data was kept.</source>
        <translation>备份“%1”已损坏或不是 EdgeConsole 数据库；已保留当前数据。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup &apos;%1&apos; has schema version %2, newer than this program knows (%3); the current data was kept.</source>
        <translation>备份“%1”的结构版本为 %2，高于此程序支持的版本（%3）；已保留当前数据。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restoring from &apos;%1&apos; failed; the current data was kept.</source>
        <translation>从“%1”恢复失败；已保留当前数据。</translation>
    </message>
    <message>
        <location filename="../backend/store/agentsql.cpp" line="+154"/>
        <location line="+174"/>
        <source>The node &apos;%1&apos; has never connected to the hub.</source>
        <translation>节点“%1”从未连接过管理中心。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The stored desired state of the node &apos;%1&apos; cannot be read.</source>
        <translation>无法读取节点“%1”已保存的期望状态。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The desired state of this node changed meanwhile (generation %1, not %2); reload it and try again.</source>
        <translation>此节点的期望状态已被修改（版本 %1，而非 %2）；请重新加载后再试。</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>The hub has no certificate with the serial &apos;%1&apos;.</source>
        <translation>管理中心没有序列号为“%1”的证书。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No image transfer of &apos;%1&apos; to the node &apos;%2&apos; is recorded.</source>
        <translation>没有记录向节点“%2”传输“%1”的镜像任务。</translation>
    </message>
    <message>
        <location filename="../backend/store/blobsql.cpp" line="-45"/>
        <source>&apos;%1&apos; is not a SHA-256 digest (64 hexadecimal digits).</source>
        <translation>“%1”不是 SHA-256 摘要（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The media type of an attachment is longer than %1 characters.</source>
        <translation>附件的媒体类型超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>An attachment may be at most %1 GiB.</source>
        <translation>附件最大为 %1 GiB。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The stored attachment %1 is incomplete.</source>
        <translation>已存储的附件 %1 不完整。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The size of an attachment must be between 0 bytes and %1 GiB (got %2 bytes).</source>
        <translation>附件大小必须介于 0 字节与 %1 GiB 之间（实际为 %2 字节）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The attachment %1 was declared with %2 bytes, not %3: its content and its digest cannot both be right.</source>
        <translation>附件 %1 已声明为 %2 字节，而不是 %3 字节：其内容与摘要不可能同时正确。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The attachment %1 is declared empty, but its digest is not the digest of empty content.</source>
        <translation>附件 %1 被声明为空，但其摘要不是空内容的摘要。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The attachment %1 has not been declared: begin the transfer before sending its chunks.</source>
        <translation>附件 %1 尚未声明：请先开始传输，再发送其数据块。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chunk %1 is out of range: the attachment %2 has %3 chunks.</source>
        <translation>数据块 %1 超出范围：附件 %2 共有 %3 个数据块。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chunk %1 of the attachment %2 has %3 bytes; it must have %4.</source>
        <translation>附件 %2 的数据块 %1 有 %3 字节；应为 %4 字节。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The attachment %1 arrived damaged: its content has the digest %2. The received chunks were discarded; send it again.</source>
        <translation>附件 %1 到达时已损坏：其内容的摘要为 %2。已丢弃收到的数据块；请重新发送。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chunk %1 of the attachment %2 is not stored here.</source>
        <translation>此处未存储附件 %2 的数据块 %1。</translation>
    </message>
    <message>
        <location filename="../backend/store/syncsql.cpp" line="+15"/>
        <source>its id is not &apos;&lt;replica&gt;:&lt;counter&gt;&apos; of its replica.</source>
        <translation>其 ID 不是所属副本的“&lt;副本&gt;:&lt;计数&gt;”格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no time stamp.</source>
        <translation>它没有时间戳。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>users are not synchronized between replicas.</source>
        <translation>用户不会在副本之间同步。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entity kind &apos;%1&apos; is unknown.</source>
        <translation>实体类型“%1”未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its entity id is not valid.</source>
        <translation>其实体 ID 无效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it replaces an operation with a bad id.</source>
        <translation>它替换的操作 ID 无效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 has no field &apos;%2&apos;.</source>
        <translation>%1 没有字段“%2”。</translation>
    </message>
    <message>
        <location line="+466"/>
        <source>A sync peer needs its replica id.</source>
        <translation>同步对端需要提供其副本 ID。</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>There is no conflict &apos;%1&apos; (any more): it was resolved or the data changed. List the conflicts again.</source>
        <translation>冲突“%1”不存在（或已不存在）：它已被解决或数据已更改。请重新列出冲突。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not one of the choices of the conflict &apos;%2&apos;.</source>
        <translation>“%1”不是冲突“%2”的可选项之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conflict names an unknown entity.</source>
        <translation>该冲突指向未知的实体。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two %1s are named &apos;%2&apos;. Rename or delete one of them; the conflict then goes away by itself.</source>
        <translation>有两个 %1 名为“%2”。请重命名或删除其中一个；冲突随后会自动消失。</translation>
    </message>
</context>
<context>
    <name>edge::survey</name>
    <message>
        <location filename="../backend/survey/profiles.cpp" line="+56"/>
        <source>Cannot read the limits file %1: %2. Check the path.</source>
        <translation>无法读取限值文件 %1：%2。请检查路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limits file %1 is larger than 16 MiB: it cannot be a limits file.</source>
        <translation>限值文件 %1 超过 16 MiB：不可能是限值文件。</translation>
    </message>
    <message>
        <location filename="../backend/survey/reading.cpp" line="+12"/>
        <source>The reading has no time: give the date and time it was taken.</source>
        <translation>该读数没有时间：请填写采集的日期和时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A temperature of %1 °C is not a plausible air temperature: give it in °C, between %2 and %3.</source>
        <translation>%1 °C 不是合理的空气温度：请以 °C 填写，范围 %2 至 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A relative humidity of %1 % is impossible: give it in percent, from 0 to 100.</source>
        <translation>相对湿度 %1 % 不可能：请以百分比填写，范围 0 至 100。</translation>
    </message>
    <message>
        <location filename="../backend/survey/readingscsv.cpp" line="+43"/>
        <source>%1 line %2 column %3: %4. %5</source>
        <translation>%1 第 %2 行第 %3 列：%4。%5</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the quote or remove it (a value cannot span lines).</source>
        <translation>请闭合或删除该引号（一个值不能跨行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a separator or the end of the line must follow a quoted value</source>
        <translation>带引号的值后面必须是分隔符或行尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the whole value inside the quotes.</source>
        <translation>请把整个值放在引号内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quote inside an unquoted value</source>
        <translation>未加引号的值中含有引号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the whole value and double the inner quote (&quot;&quot;).</source>
        <translation>请给整个值加引号，并把其中的引号写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as &quot;CSV UTF-8&quot; (a spreadsheet on Chinese Windows saves GBK by default) and import it again.</source>
        <translation>请另存为“CSV UTF-8”（中文 Windows 上的电子表格默认保存为 GBK）后重新导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file contains a NUL byte</source>
        <translation>文件含有 NUL 字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the CSV text file, not a spreadsheet or binary file.</source>
        <translation>请导入 CSV 文本文件，而不是电子表格或二进制文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the line is longer than %1 characters</source>
        <translation>该行超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is a readings file with one reading per line.</source>
        <translation>请确认这是每行一条读数的读数文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>temperatures in Fahrenheit are not supported</source>
        <translation>不支持华氏温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Convert the column to °C and import the file again.</source>
        <translation>请将该列换算为 °C 后重新导入文件。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>the column &quot;%1&quot; repeats an earlier column</source>
        <translation>列“%1”与前面的列重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep one column for each quantity (rename or delete the other).</source>
        <translation>每个量只保留一列（重命名或删除另一列）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the header has no time column</source>
        <translation>表头中没有时间列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header has no temperature column</source>
        <translation>表头中没有温度列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first line must name the columns, e.g. &quot;time,temperature,humidity&quot; or &quot;时间,温度,湿度&quot;.</source>
        <translation>第一行必须给出列名，例如“time,temperature,humidity”或“时间,温度,湿度”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>the line has %1 values but the header names %2 columns</source>
        <translation>该行有 %1 个值，但表头有 %2 列</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the extra values or quote a value that contains &quot;%1&quot;.</source>
        <translation>请删除多余的值，或给包含“%1”的值加引号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in the missing values (time and temperature are required).</source>
        <translation>请补全缺少的值（时间和温度为必填）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has more than %1 readings</source>
        <translation>文件中的读数超过 %1 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the file or thin it out (one reading a minute is plenty).</source>
        <translation>请拆分文件或减少读数（每分钟一条已足够）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the time is empty</source>
        <translation>时间为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time</source>
        <translation>“%1”不是时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write times as 2026-11-25 14:05:00 or in ISO 8601 (2026-11-25T14:05:00+08:00).</source>
        <translation>时间请写成 2026-11-25 14:05:00 或 ISO 8601 格式（2026-11-25T14:05:00+08:00）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the temperature is in Fahrenheit</source>
        <translation>温度为华氏度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the temperature is empty</source>
        <translation>温度为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a temperature</source>
        <translation>“%1”不是温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a number in °C, such as 23.5 or 23,5.</source>
        <translation>请填写以 °C 为单位的数字，例如 23.5 或 23,5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a number in °C, such as 23.5.</source>
        <translation>请填写以 °C 为单位的数字，例如 23.5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a relative humidity</source>
        <translation>“%1”不是相对湿度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a number in %, such as 45 or 45.5, or leave the cell empty.</source>
        <translation>请填写百分比数字，例如 45 或 45.5，或将单元格留空。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Correct the value or delete the line.</source>
        <translation>请更正该值或删除该行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the readings with a header line (time,temperature,...).</source>
        <translation>请导出带表头行（time,temperature,...）的读数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has a header but no readings</source>
        <translation>文件只有表头，没有读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the readings again, with at least one line of data.</source>
        <translation>请重新导出读数，至少包含一行数据。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2. Check the path and that you may read it.</source>
        <translation>无法读取 %1：%2。请检查路径以及是否有读取权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 256 MiB: split it or thin it out (one reading a minute is plenty).</source>
        <translation>%1 超过 256 MiB：请拆分文件或减少读数（每分钟一条已足够）。</translation>
    </message>
    <message>
        <location filename="../backend/survey/sitefacts.cpp" line="+148"/>
        <location filename="../backend/survey/surveyevaluation.cpp" line="+329"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Site requirement</source>
        <translation>现场要求</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../backend/survey/thermalchecks.cpp" line="+57"/>
        <source>Unverified limit: check it against the standard before relying on it.</source>
        <translation>未经核实的限值：使用前请对照标准核实。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>%1 is out of range: give a value from %2 to %3</source>
        <translation>%1 超出范围：请填写 %2 至 %3 之间的值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is not a number of phases: give 1 or 3</source>
        <translation>%1 不是有效的相数：请填写 1 或 3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give both the equipment&apos;s mass and its footprint, or neither</source>
        <translation>请同时填写设备质量和占地面积，或两者都不填</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown group (expected one of %1)</source>
        <translation>未知分组（应为以下之一：%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be none, lead-acid, lithium or other</source>
        <translation>必须是 none、lead-acid、lithium 或 other</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Supply voltage</source>
        <translation>供电电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mains voltage within 220 V ±15 %</source>
        <translation>市电电压在 220 V ±15 % 以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply frequency</source>
        <translation>供电频率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mains frequency within 50 ±3 Hz</source>
        <translation>市电频率在 50 ±3 Hz 以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply phases</source>
        <translation>供电相数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least as many phases as the equipment needs</source>
        <translation>相数不少于设备所需</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Independent feeds</source>
        <translation>独立供电回路</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>at least the required number of independent supplies</source>
        <translation>独立电源数量不少于要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>UPS autonomy</source>
        <translation>UPS 后备时间</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>UPS runs the load at least the required time</source>
        <translation>UPS 带载运行时间不少于要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No required autonomy given: say how many minutes the UPS must hold.</source>
        <translation>未给出后备时间要求：请说明 UPS 须支撑多少分钟。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equipment depth in the site&apos;s rack</source>
        <translation>设备在现场机架中的深度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the equipment fits the rack&apos;s depth (telecom rooms: mostly 600 mm, some 800 mm)</source>
        <translation>设备能装入机架深度（通信机房多为 600 mm，少数 800 mm）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All-in-one cabinet depth</source>
        <translation>一体机柜深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an all-in-one edge cabinet at most 600 mm deep</source>
        <translation>边缘一体机柜深度不超过 600 mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All-in-one cabinet height</source>
        <translation>一体机柜高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an all-in-one edge cabinet at most 24U high</source>
        <translation>边缘一体机柜高度不超过 24U</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required load from %1 kg on %2 m².</source>
        <translation>所需荷载按 %1 kg、%2 m² 计算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <source>Rated floor load</source>
        <translation>楼面额定荷载</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>the floor carries the equipment&apos;s load</source>
        <translation>楼面能承受设备荷载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No required load given: give it, or the equipment&apos;s mass and footprint.</source>
        <translation>未给出所需荷载：请填写该值，或填写设备质量和占地面积。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ventilation for lead-acid batteries</source>
        <translation>铅酸电池通风</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lead-acid batteries give off hydrogen: the space must be ventilated</source>
        <translation>铅酸电池会释放氢气：所在空间必须通风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lithium batteries</source>
        <translation>锂电池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lithium batteries: fire and toxic gas risk</source>
        <translation>锂电池：有火灾和有毒气体风险</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The electrolyte is toxic and its reaction gases (CO, CO₂, H₂) ignite easily in air: check the battery management system, fire detection and suppression.</source>
        <translation>电解液有毒，其反应产生的气体（CO、CO₂、H₂）遇空气极易燃烧：请检查电池管理系统、火灾探测和灭火设施。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A source</source>
        <translation>一个源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 m.</source>
        <translation>%1，距离 %2 m。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, distance not given.</source>
        <translation>%1，未给出距离。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strong vibration sources nearby</source>
        <translation>附近有强振动源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep away from strong vibration sources</source>
        <translation>远离强振动源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong electromagnetic fields nearby</source>
        <translation>附近有强电磁场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep away from strong electromagnetic fields</source>
        <translation>远离强电磁场</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Airborne particles ≥ 0.5 µm</source>
        <translation>空气中 ≥ 0.5 µm 的颗粒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer than 17 600 000 particles ≥ 0.5 µm per m³</source>
        <translation>每立方米 ≥ 0.5 µm 的颗粒少于 17 600 000 粒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clearance in front of the cabinet</source>
        <translation>机柜前方净距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enough room in front to service the equipment</source>
        <translation>前方留有足够的设备维护空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clearance behind the cabinet</source>
        <translation>机柜后方净距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enough room behind to service the equipment</source>
        <translation>后方留有足够的设备维护空间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Power</source>
        <translation>供电</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phases (1 or 3)</source>
        <translation>相数（1 或 3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required phases</source>
        <translation>所需相数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required feeds</source>
        <translation>所需供电回路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required UPS autonomy</source>
        <translation>所需 UPS 后备时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor</source>
        <translation>楼板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required floor load</source>
        <translation>所需楼板荷载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment mass</source>
        <translation>设备质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footprint</source>
        <translation>占地面积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Air and clearance</source>
        <translation>空气与维护空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Particles ≥ 0.5 µm</source>
        <translation>≥0.5 µm 粒子浓度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front clearance</source>
        <translation>前部维护空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rear clearance</source>
        <translation>后部维护空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack depth</source>
        <translation>机架深度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment depth</source>
        <translation>设备深度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All-in-one cabinet</source>
        <translation>一体化机柜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabinet depth</source>
        <translation>机柜深度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabinet height</source>
        <translation>机柜高度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery type</source>
        <translation>电池类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery room ventilated</source>
        <translation>电池间有通风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vibration sources</source>
        <translation>振动源</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>What</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Electromagnetic interference</source>
        <translation>电磁干扰</translation>
    </message>
    <message>
        <location filename="../backend/survey/surveyevaluation.cpp" line="-305"/>
        <source>The stored item cannot be read: %1. Add the measurement again.</source>
        <translation>无法读取已保存的条目：%1。请重新添加该测量。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+422"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>&quot;readings&quot; is not a list</source>
        <translation>“readings”不是列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading %1 is malformed</source>
        <translation>第 %1 条读数格式错误</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading %1: %2</source>
        <translation>第 %1 条读数：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the level %1 is missing</source>
        <translation>缺少声级 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the period is neither day nor night</source>
        <translation>时段既不是昼间也不是夜间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown night events</source>
        <translation>未知的夜间噪声事件类型</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown hazard file format &quot;%1&quot;</source>
        <translation>未知的危险源文件格式“%1”</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the photo has no image data</source>
        <translation>照片没有图像数据</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo %1 is stored as an attachment, which cannot be read here.</source>
        <translation>照片 %1 以附件形式存储，此处无法读取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The photo %1 does not match its digest; it is damaged.</source>
        <translation>照片 %1 与其摘要不符；文件已损坏。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The temperature profile &quot;%1&quot; does not exist; choose one of &apos;edgectl survey temperature --profile list&apos;.</source>
        <translation>温度规范“%1”不存在；请从“edgectl survey temperature --profile list”中选择。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The survey has hazards but no position: give the site or the survey a latitude and longitude.</source>
        <translation>勘察中有危险源但没有位置：请为站点或勘察填写纬度和经度。</translation>
    </message>
    <message>
        <location filename="../backend/survey/thermalchecks.cpp" line="+15"/>
        <source>No readings.</source>
        <translation>没有读数。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Highest temperature (of %n readings)</source>
        <translation>
            <numerusform>最高温度（共 %n 条读数）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inlet dry-bulb temperature at most the profile&apos;s maximum</source>
        <translation>进风干球温度不高于规范上限</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Lowest temperature (of %n readings)</source>
        <translation>
            <numerusform>最低温度（共 %n 条读数）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inlet dry-bulb temperature at least the profile&apos;s minimum</source>
        <translation>进风干球温度不低于规范下限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not measured: the readings have no humidity.</source>
        <translation>未测量：读数中没有湿度。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dew point(s) computed outside -40 to 50 °C, where the Magnus formula is less accurate.</source>
        <translation>
            <numerusform>有 %n 个露点是在 -40 至 50 °C 范围之外计算的，Magnus 公式在该范围外精度较低。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Highest dew point (Magnus formula)</source>
        <translation>最高露点（Magnus 公式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dew point at most the profile&apos;s maximum</source>
        <translation>露点不高于规范上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest dew point (Magnus formula)</source>
        <translation>最低露点（Magnus 公式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dew point at least the profile&apos;s minimum</source>
        <translation>露点不低于规范下限</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Highest relative humidity (of %n readings)</source>
        <translation>
            <numerusform>最高相对湿度（共 %n 条读数）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative humidity at most the profile&apos;s maximum</source>
        <translation>相对湿度不高于规范上限</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Lowest relative humidity (of %n readings)</source>
        <translation>
            <numerusform>最低相对湿度（共 %n 条读数）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative humidity at least the profile&apos;s minimum</source>
        <translation>相对湿度不低于规范下限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest gap between readings is %1 min: changes across gaps were not observed.</source>
        <translation>读数之间最长间隔为 %1 分钟：间隔期间的变化未被观测到。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not measured: no two readings of a sensor are within an hour of each other.</source>
        <translation>未测量：同一传感器没有两条读数相隔在一小时以内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The readings span less than an hour: the value is a lower bound.</source>
        <translation>读数时间跨度不足一小时：该值只是下限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest temperature change within any hour</source>
        <translation>任意一小时内的最大温度变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature change in any 60 minutes at most the profile&apos;s rate</source>
        <translation>任意 60 分钟内的温度变化不超过规范的变化率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not measured: no two readings of a sensor are within 15 minutes of each other.</source>
        <translation>未测量：同一传感器没有两条读数相隔在 15 分钟以内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest temperature change within any 15 minutes</source>
        <translation>任意 15 分钟内的最大温度变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature change in any 15 minutes at most the profile&apos;s limit</source>
        <translation>任意 15 分钟内的温度变化不超过规范限值</translation>
    </message>
    <message>
        <location filename="../backend/survey/surveystore.cpp" line="+100"/>
        <source>The survey &apos;%1&apos; is final; create a new survey to add measurements.</source>
        <translation>勘察“%1”已定稿；请新建一个勘察来添加测量。</translation>
    </message>
    <message>
        <location filename="../backend/survey/userlimits.cpp" line="+121"/>
        <source>The limit set &quot;%1&quot; version %2 cannot be used: %3</source>
        <translation>限值集“%1”版本 %2 无法使用：%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The limit set &quot;%1&quot; is already at version %2; version %3 is not newer. Set &quot;version&quot; to %4 or more and try again.</source>
        <translation>限值集“%1”已是版本 %2；版本 %3 并不更新。请将“version”设为 %4 或更高后重试。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The stored limit sets could not be read (%1); the shipped limits are used.</source>
        <translation>无法读取已保存的限值集（%1）；将使用内置限值。</translation>
    </message>
    <message>
        <location filename="../backend/survey/sensorreading.cpp" line="+31"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no temperature sensor &apos;%2&apos; (it reports: %3). Choose an entPhysicalIndex or a label it reports.</source>
        <translation>%1 没有温度传感器“%2”（它报告：%3）。请选择它报告的 entPhysicalIndex 或标签。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gives no temperature reading (it reports: %2). Check the register map or preset, or that the agent has a temperature sensor.</source>
        <translation>%1 没有给出温度读数（它报告：%2）。请检查寄存器映射或预设，或确认 SNMP 代理有温度传感器。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 read %2 °C (raw %3)%4, which is not a plausible air reading. Check the scale, signedness and word order of the register map against the sensor&apos;s manual.</source>
        <translation>%1 读到 %2 °C（原始值 %3）%4，这不是合理的空气读数。请对照传感器手册检查寄存器映射的比例、符号和字序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 %RH</source>
        <translation>，%1 %RH</translation>
    </message>
</context>
<context>
    <name>edge::sync</name>
    <message>
        <location filename="../backend/sync/bundle.cpp" line="+97"/>
        <source>%1 is not an EdgeConsole sync bundle. Choose a file written by &apos;edgectl sync export&apos; or the console&apos;s Export Bundle.</source>
        <translation>%1 不是 EdgeConsole 同步包。请选择由 &apos;edgectl sync export&apos; 或控制台的“导出同步包”生成的文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is truncated: the end of the bundle is missing. Nothing was imported. Copy the file again (or export it again) and retry.</source>
        <translation>%1 已被截断：同步包的结尾缺失。未导入任何内容。请重新复制该文件（或重新导出）后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was altered after it was signed (%2). Nothing was imported. Export the bundle again on the replica that wrote it.</source>
        <translation>%1 在签名后被修改过（%2）。未导入任何内容。请在生成它的副本上重新导出同步包。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is signed but its content cannot be read. Nothing was imported. Export it again with this version of EdgeConsole.</source>
        <translation>%1 的签名有效，但其内容无法读取。未导入任何内容。请使用此版本的 EdgeConsole 重新导出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle transfer was cancelled.</source>
        <translation>同步包传输已取消。</translation>
    </message>
    <message>
        <location line="+543"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was written by a newer EdgeConsole (bundle format %2). Update EdgeConsole on this computer, then import it again.</source>
        <translation>%1 由较新版本的 EdgeConsole 生成（同步包格式 %2）。请先更新本机的 EdgeConsole，然后重新导入。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>its header is unreadable</source>
        <translation>其文件头无法读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature does not match</source>
        <translation>签名不匹配</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 changed while it was being imported. Import it again; what was imported so far is kept.</source>
        <translation>%1 在导入过程中发生了变化。请重新导入；已导入的内容会保留。</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>%1 was exported by this replica (%2): it holds nothing new here. Import it on another computer.</source>
        <translation>%1 由本副本（%2）导出：其中没有本地缺少的内容。请在另一台计算机上导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is signed by a different key than earlier bundles of replica %2 (fingerprint %3, expected %4). Nothing was imported. Check where the file came from; if that replica&apos;s key was replaced on purpose, clear the store setting %5 and import again.</source>
        <translation>%1 的签名密钥与副本 %2 以前的同步包不同（指纹 %3，预期 %4）。未导入任何内容。请核实文件来源；如果该副本的密钥是有意更换的，请清除存储设置 %5 后重新导入。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+137"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../backend/sync/replicakey.cpp" line="+48"/>
        <source>Cannot read the public half of the replica key.</source>
        <translation>无法读取副本密钥的公钥部分。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the replica key %1: %2</source>
        <translation>无法写入副本密钥 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>Cannot read the replica key %1: %2</source>
        <translation>无法读取副本密钥 %1：%2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The replica key %1 is not a regular file. Move it away; a new key is created on the next start.</source>
        <translation>副本密钥 %1 不是普通文件。请将其移走；下次启动时会创建新密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replica key %1 can be read by other users, so it is not used. Run &apos;chmod 600 %1&apos; and try again.</source>
        <translation>副本密钥 %1 可被其他用户读取，因此未被使用。请运行 &apos;chmod 600 %1&apos; 后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>The replica key %1 is not an Ed25519 private key in PEM format. Restore it from a backup or move it away.</source>
        <translation>副本密钥 %1 不是 PEM 格式的 Ed25519 私钥。请从备份恢复或将其移走。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot create a replica key.</source>
        <translation>无法创建副本密钥。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the data directory %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The replica key is not loaded.</source>
        <translation>副本密钥未加载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot sign with the replica key.</source>
        <translation>无法使用副本密钥签名。</translation>
    </message>
    <message>
        <location filename="../backend/sync/syncsession.cpp" line="+77"/>
        <source>Sync cancelled; %1 operations were exchanged and kept; the next sync continues from there.</source>
        <translation>同步已取消；已交换并保留 %1 个操作，下次同步将从此处继续。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The peer did not say which replica it is; it cannot be synced with. Check that the address points to an EdgeConsole hub.</source>
        <translation>对端未告知其副本标识，无法与其同步。请检查地址是否指向 EdgeConsole 管理中心。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This store cannot sync with itself: the peer has the same replica id (%1). Sync with another hub or data directory; a copied data directory needs a new replica id.</source>
        <translation>此存储无法与自身同步：对端的副本标识相同（%1）。请与其他管理中心或数据目录同步；复制的数据目录需要新的副本标识。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The peer sent its operations out of order; the sync stopped and keeps what was applied. Try again, and report it if it happens again.</source>
        <translation>对端发送的操作顺序错误；同步已停止，已应用的内容会保留。请重试，如再次发生请报告此问题。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The store listed its operations out of order; the sync stopped. Report this as a bug.</source>
        <translation>存储列出的操作顺序错误；同步已停止。请将此问题作为缺陷报告。</translation>
    </message>
</context>
<context>
    <name>edge::sync::SyncManager</name>
    <message>
        <location filename="../backend/sync/syncmanager.cpp" line="+285"/>
        <source>Sign in to the sync hub first: enter your password.</source>
        <translation>请先登录同步管理中心：输入密码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sync hub is set: choose Sync Now and enter the hub&apos;s address.</source>
        <translation>尚未设置同步管理中心：请选择“立即同步”并输入管理中心地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the sync hub %1 first (Sync Now).</source>
        <translation>请先登录同步管理中心 %1（立即同步）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This console cannot sign in to a sync hub.</source>
        <translation>此控制台无法登录同步管理中心。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name or password for %1 is wrong.</source>
        <translation>%1 的用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot sign in to the sync hub %1: %2</source>
        <translation>无法登录同步管理中心 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the sync hub %1: %2</source>
        <translation>无法连接同步管理中心 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync cancelled. What was already exchanged is kept; the next sync continues from there.</source>
        <translation>同步已取消。已交换的内容会保留；下次同步将从该处继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session on the sync hub %1 has ended: choose Sync Now and sign in again. (%2)</source>
        <translation>您在同步管理中心 %1 上的会话已结束：请选择“立即同步”并重新登录。（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with %1 failed: %2</source>
        <translation>与 %1 同步失败：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Synced with %1: %2 received, %3 sent.</source>
        <translation>已与 %1 同步：收到 %2 项，发送 %3 项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+96"/>
        <source>%1 conflicts need a decision (Conflicts page).</source>
        <translation>%1 个冲突需要决定（冲突页面）。</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+44"/>
        <source>Wait until the running sync has finished.</source>
        <translation>请等待正在进行的同步完成。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot load this console&apos;s signing key: %1</source>
        <translation>无法加载此控制台的签名密钥：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no bundle was written.</source>
        <translation>导出已取消；未写入同步包。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export the sync bundle: %1</source>
        <translation>无法导出同步包：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 operations and %2 attachments to %3.</source>
        <translation>已将 %1 个操作和 %2 个附件导出到 %3。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The bundle %1 was refused and nothing was changed: %2</source>
        <translation>同步包 %1 被拒绝，未做任何更改：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import the sync bundle %1: %2</source>
        <translation>无法导入同步包 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 new operations from %2.</source>
        <translation>已从 %2 导入 %1 个新操作。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::AddNodeWizard</name>
    <message>
        <location filename="../widgets/dialogs/addnodewizard.cpp" line="+186"/>
        <source>SSH Private Key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edge Agent Package</source>
        <translation>边缘代理软件包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent packages (*.deb *.tar.gz);;All files (*)</source>
        <translation>代理软件包 (*.deb *.tar.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Enter the password of %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the private key file to sign in with.</source>
        <translation>请选择用于登录的私钥文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This hub connection cannot issue bootstrap tokens.</source>
        <translation>此管理中心连接无法签发引导令牌。</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/hostkeyprompt.cpp" line="+11"/>
        <source>%1 (port %2) is not yet known to this console. Its host key has this SHA256 fingerprint:</source>
        <translation>此控制台尚不认识 %1（端口 %2）。其主机密钥的 SHA256 指纹为：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare it with the machine&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console) before you trust it. Trusting stores the key; a changed key is always refused.</source>
        <translation>信任之前，请与该机器自身显示的指纹（在其控制台上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）核对。信任后会保存该密钥；密钥一旦改变，总是会被拒绝。</translation>
    </message>
    <message>
        <location filename="../widgets/dialogs/addnodewizard.cpp" line="+151"/>
        <source>Cancelling… what this run put on the machine is removed.</source>
        <translation>正在取消…本次在机器上安装的内容将被删除。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The node is installed</source>
        <translation>节点已安装</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edge agent runs on %1 as the node &quot;%2&quot; of %3, enrolled and online.</source>
        <translation>边缘代理已在 %1 上运行，作为 %3 的节点“%2”，已注册并在线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edge agent runs on %1 as the node &quot;%2&quot; of %3. The console did not wait for it to come online.</source>
        <translation>边缘代理已在 %1 上运行，作为 %3 的节点“%2”。控制台未等待其上线。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installation was cancelled</source>
        <translation>安装已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installation failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at the step &quot;%1&quot;.</source>
        <translation>在步骤“%1”处停止。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step &quot;%1&quot; failed.</source>
        <translation>步骤“%1”失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything this run put on the machine was removed again; you can run the wizard again.</source>
        <translation>本次在机器上安装的所有内容均已删除；可以再次运行向导。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cleaning up the machine failed too: %1</source>
        <translation>清理机器也失败了：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add Node over SSH</source>
        <translation>通过 SSH 添加节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust and Continue</source>
        <translation>信任并继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to install</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console signs in to the machine over SSH, uploads the edge agent package, installs and starts it, and waits until it has enrolled as a node of &quot;%1&quot;.</source>
        <translation>控制台通过 SSH 登录到机器，上传边缘代理软件包，安装并启动代理，然后等待其注册为“%1”的节点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Node name:</source>
        <translation>节点名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent p&amp;ackage:</source>
        <translation>代理软件包(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub &amp;address:</source>
        <translation>管理中心地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub &amp;CA file:</source>
        <translation>管理中心 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install &amp;into:</source>
        <translation>安装目录(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or address of the machine</source>
        <translation>机器的名称或地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: the machine&apos;s host name</source>
        <translation>可选：默认使用机器的主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edge-agent .deb or .tar.gz built by CPack</source>
        <translation>由 CPack 构建的 edge-agent .deb 或 .tar.gz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port the node reaches the hub at</source>
        <translation>节点访问管理中心所用的 host:port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: a directory for a user-level install</source>
        <translation>可选：用户级安装的目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the machine&apos;s identity</source>
        <translation>核对机器身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s host key is known and matches.</source>
        <translation>该机器的主机密钥已知且匹配。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>edge::widgets::BatchInstallDialog</name>
    <message>
        <location filename="../widgets/dialogs/batchinstalldialog.cpp" line="+199"/>
        <source>Hosts CSV</source>
        <translation>主机 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH Private Key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edge Agent Package</source>
        <translation>边缘代理软件包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent packages (*.deb *.tar.gz);;All files (*)</source>
        <translation>代理软件包 (*.deb *.tar.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This hub connection cannot issue bootstrap tokens.</source>
        <translation>此管理中心连接无法签发引导令牌。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the CSV file that lists the machines.</source>
        <translation>请选择列出机器的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lists no machines.</source>
        <translation>%1 未列出任何机器。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Installing on %n machine(s)…</source>
        <translation>
            <numerusform>正在 %n 台机器上安装…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Waiting for you to check the host key.</source>
        <translation>等待您核对主机密钥。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelling… what this run put on the machines is removed; machines not yet started are left alone.</source>
        <translation>正在取消…本次运行放到机器上的内容将被删除；尚未开始的机器不受影响。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed as the node &quot;%1&quot;.</source>
        <translation>已安装为节点“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cleaning up the machine failed too: %1</source>
        <translation>清理机器也失败了：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 installed, %2 failed, %3 cancelled</source>
        <translation>%1 个已安装，%2 个失败，%3 个已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 installed, %2 failed</source>
        <translation>%1 个已安装，%2 个失败</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stop the Installation?</source>
        <translation>停止安装？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines are still being installed. Cancel the installation on all of them and close?</source>
        <translation>仍在安装机器。取消所有机器上的安装并关闭？</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Install Nodes from CSV</source>
        <translation>从 CSV 安装节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console installs the edge agent on every machine the CSV lists (columns host, port, user, key, name, prefix, hub; empty cells take the values below) and enrolls them as nodes of &quot;%1&quot;.</source>
        <translation>控制台会在 CSV 列出的每台机器上安装边缘代理（列：host、port、user、key、name、prefix、hub；空单元格取下方的值），并将其注册为“%1”的节点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts &amp;CSV:</source>
        <translation>主机 &amp;CSV：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent p&amp;ackage:</source>
        <translation>代理软件包(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub &amp;address:</source>
        <translation>管理中心地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub CA &amp;file:</source>
        <translation>管理中心 CA 证书文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install &amp;into:</source>
        <translation>安装到(&amp;I)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At &amp;most at once:</source>
        <translation>最多同时(&amp;M)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CSV file with a header line: host,port,user,key,name,…</source>
        <translation>带标题行的 CSV 文件：host,port,user,key,name,…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for rows without a user</source>
        <translation>用于未填写用户的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for rows without a key</source>
        <translation>用于未填写密钥的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edge-agent .deb or .tar.gz built by CPack</source>
        <translation>由 CPack 构建的 edge-agent .deb 或 .tar.gz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port the nodes reach the hub at</source>
        <translation>节点访问管理中心所用的 host:port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: a directory for a user-level install</source>
        <translation>可选：用户级安装的目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>edge::widgets::BootstrapTokenDialog</name>
    <message>
        <location filename="../widgets/dialogs/bootstraptokendialog.cpp" line="+184"/>
        <source>No token was created: %1</source>
        <translation>未创建令牌：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create Bootstrap Token</source>
        <translation>创建引导令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bootstrap token lets one edge agent enroll with this hub as a node of the site &quot;%1&quot;. It works once and expires.</source>
        <translation>引导令牌允许一个边缘代理以站点“%1”的节点身份向此管理中心注册。令牌只能使用一次，并会过期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Node name:</source>
        <translation>节点名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: the agent&apos;s host name is used</source>
        <translation>可选：默认使用代理所在主机的主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate Token</source>
        <translation>创建令牌(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Copy the token now.&lt;/b&gt; It is shown only this once; the hub keeps only its hash.</source>
        <translation>&lt;b&gt;请立即复制令牌。&lt;/b&gt;令牌只显示这一次；管理中心只保存其哈希值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Co&amp;mmand</source>
        <translation>复制命令(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this on the node (after installing the edge-agent package):</source>
        <translation>在节点上运行以下命令（先安装 edge-agent 软件包）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires at %1.</source>
        <translation>过期时间：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This console&apos;s embedded hub does not accept agent connections (turn it on in Settings ▸ Edge agents and restart the console). Otherwise replace %1 with the address of an edge-hub that listens on the network.</source>
        <translation>本控制台的内嵌管理中心不接受代理连接（可在“设置 ▸ 边缘代理”中开启并重新启动控制台）。否则请将 %1 替换为在网络上监听的 edge-hub 的地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub also listens on %1: if the node is on one of those networks, use that address instead of %2.</source>
        <translation>管理中心还在 %1 上监听：如果节点位于其中某个网络，请改用该地址代替 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the hub&apos;s CA certificate %1 to the node as /etc/edge-agent/ca.pem first.</source>
        <translation>请先将管理中心的 CA 证书 %1 复制到节点上的 /etc/edge-agent/ca.pem。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::CabinetDialog</name>
    <message>
        <location filename="../widgets/dialogs/cabinetdialog.cpp" line="+37"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDU</source>
        <translation>PDU（电源分配单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery</source>
        <translation>蓄电池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Air conditioner</source>
        <translation>空调</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency fan</source>
        <translation>应急风扇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring display</source>
        <translation>监控显示屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment gateway</source>
        <translation>动环监控网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoke sensor</source>
        <translation>烟雾传感器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature/humidity sensor</source>
        <translation>温湿度传感器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water sensor</source>
        <translation>水浸传感器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sensor</source>
        <translation>门磁传感器</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+3"/>
        <source>Add Cabinet</source>
        <translation>添加机柜</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Describe the cabinet as it stands on site. Only the name is required; tick the components it holds.</source>
        <translation>按现场实际情况描述机柜。只有名称是必填的；请勾选机柜内的组件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Cabinet</source>
        <translation>编辑机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of &quot;%1&quot;. Other users see the changes at once.</source>
        <translation>修改“%1”的详细信息。其他用户会立即看到更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depth:</source>
        <translation>深度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Cabinet A</source>
        <translation>例如：A 号机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer and model, optional</source>
        <translation>厂商和型号，可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the cabinet&apos;s label, optional</source>
        <translation>见机柜铭牌，可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the room, keys, anything useful on site</source>
        <translation>机房内位置、钥匙，以及现场有用的任何信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components in the cabinet</source>
        <translation>机柜内的组件</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Someone else changed this cabinet after you opened it. Close this dialog and open it again to see their changes.</source>
        <translation>在您打开此机柜后，其他人修改了它。请关闭此对话框并重新打开以查看其更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not change cabinets: your role only allows viewing. (%1)</source>
        <translation>您不能修改机柜：您的角色只允许查看。（%1）</translation>
    </message>
</context>
<context>
    <name>edge::widgets::ChangeFeed</name>
    <message>
        <location filename="../widgets/common/changefeed.cpp" line="+265"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
</context>
<context>
    <name>edge::widgets::CheckSecretsDialog</name>
    <message>
        <location filename="../widgets/dialogs/checksecretsdialog.cpp" line="+87"/>
        <source>Private Key File</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>SSH Login</source>
        <translation>SSH 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check logs in to %1 (%2) over SSH. The credentials are not stored on the hub.</source>
        <translation>检查将通过 SSH 登录 %1（%2）。凭据不会保存在管理中心。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private &amp;key file:</source>
        <translation>私钥文件(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Secrets</source>
        <translation>设备密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check reads %1 over SNMP. Its secrets are never stored on the hub: type them for this check.</source>
        <translation>检查将通过 SNMP 读取 %1。其密钥从不保存在管理中心：请为本次检查输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Community:</source>
        <translation>团体名(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authentication passphrase:</source>
        <translation>认证口令(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rivacy passphrase:</source>
        <translation>加密口令(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember for this session (in memory only, until the console disconnects)</source>
        <translation>本次会话内记住（仅保存在内存中，直到控制台断开连接）</translation>
    </message>
</context>
<context>
    <name>edge::widgets::CommissionRecordDialog</name>
    <message>
        <location filename="../widgets/dialogs/commissionrecorddialog.cpp" line="+118"/>
        <source>In range: the item passes.</source>
        <translation>在范围内：此项通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of range: the item fails.</source>
        <translation>超出范围：此项不通过。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pass range: decide with Pass or Fail.</source>
        <translation>无合格范围：请用“通过”或“不通过”判定。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fail: %1</source>
        <translation>不通过：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that this item failed. Say what is wrong, so it can be fixed and checked again.</source>
        <translation>记录此项不通过。请说明问题所在，以便整改后重新检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A skipped item is an open item of the acceptance report. A reason is required.</source>
        <translation>跳过的项目是验收报告的遗留项，必须填写原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure: %1</source>
        <translation>测量：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the measured value. It is kept as evidence of the item.</source>
        <translation>输入测量值，它将作为此项的证据保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass range: none</source>
        <translation>合格范围：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass range: %1</source>
        <translation>合格范围：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the result from the range</source>
        <translation>按合格范围记录结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note is kept as evidence of the item.</source>
        <translation>备注将作为此项的证据保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>edge::widgets::CommissionReportDialog</name>
    <message>
        <location filename="../widgets/dialogs/commissionreportdialog.cpp" line="+249"/>
        <source>Save the acceptance report</source>
        <translation>保存验收报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose where to write the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the engineer&apos;s name, and sign on the pad or leave it for ink.</source>
        <translation>请填写工程师姓名，并在签名板上签名或留待手签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the customer&apos;s name, and sign on the pad or leave it for ink.</source>
        <translation>请填写客户姓名，并在签名板上签名或留待手签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of your signing key (at least 8 characters).</source>
        <translation>请输入签名密钥的口令（至少 8 个字符）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unlocking the signing key…</source>
        <translation>正在解锁签名密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+236"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+120"/>
        <location line="+52"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>The passphrase does not unlock your signing key.</source>
        <translation>该口令无法解锁您的签名密钥。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sealed by %1 · key %2 · content %3</source>
        <translation>封签人 %1 · 密钥 %2 · 内容 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+76"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入文件。</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Loading the photos…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealed and verified: signed by %1, key %2.</source>
        <translation>已封签并验证：签名人 %1，密钥 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seal does not verify: %1</source>
        <translation>封签验证失败：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acceptance report: %1</source>
        <translation>验收报告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report lists every checklist item with its result and evidence, the open items and the signatures. It is sealed with your signing key: changing a single byte of it breaks the seal.</source>
        <translation>报告列出每个检查项的结果和证据、遗留项以及签名，并用您的签名密钥封签：改动其中任何一个字节都会使封签失效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave for ink (sign the printout)</source>
        <translation>留待手签（在打印件上签字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;passphrase:</source>
        <translation>签名口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocks your signing key (%1).</source>
        <translation>用于解锁您的签名密钥（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no signing key yet: one is created for %1 and kept encrypted under this passphrase. Remember it; it cannot be recovered.</source>
        <translation>您还没有签名密钥：将为 %1 创建一个，并用此口令加密保存。请牢记口令，遗失后无法找回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate and Seal</source>
        <translation>生成并封签(&amp;G)</translation>
    </message>
</context>
<context>
    <name>edge::widgets::CommissioningPage</name>
    <message>
        <location filename="../widgets/views/commissioningpage.cpp" line="+67"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>待检</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted with open items</source>
        <translation>验收通过（有遗留项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>验收不通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>manual</source>
        <translation>人工</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>manual and automatic</source>
        <translation>人工和自动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>measurement</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided test</source>
        <translation>引导测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn-in</source>
        <translation>老化测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measurement: %1</source>
        <translation>测量值：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo (%1)</source>
        <translation>照片（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo: %1 (%2)</source>
        <translation>照片：%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State changed in time</source>
        <translation>状态已按时变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No state change in time</source>
        <translation>状态未按时变化</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Restore the UPS mains input now — %1 s left</source>
        <translation>请立即恢复 UPS 市电输入 — 剩余 %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull the UPS mains input now — %1 s left</source>
        <translation>请立即断开 UPS 市电输入 — 剩余 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wet the leak probe now — %1 s left</source>
        <translation>请立即润湿漏水探头 — 剩余 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the smoke detector&apos;s test button now — %1 s left</source>
        <translation>请立即按下烟感探测器的测试按钮 — 剩余 %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the front door now — %1 s left</source>
        <translation>请立即打开前门 — 剩余 %1 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+7"/>
        <source>Add Photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caption (optional):</source>
        <translation>说明（可选）：</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Could not load the cabinets: %1</source>
        <translation>无法加载机柜：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load the commissioning templates: %1</source>
        <translation>无法加载调测模板：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 items)</source>
        <translation>%1（%2 项）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not load the commissioning runs: %1</source>
        <translation>无法加载调测记录：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (r%2, %3)</source>
        <translation>%1（第 %2 版，%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not load the run: %1</source>
        <translation>无法加载本次调测：%1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not connected to a hub.</source>
        <translation>未连接管理中心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cabinets yet. Add a cabinet to a site on the Sites page, then commission it here.</source>
        <translation>还没有机柜。请先在“站点”页为站点添加机柜，再在这里调测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cabinet has not been commissioned yet. Choose a template and press Start: the checklist guides you through every part of the cabinet and ends in a signed acceptance report.</source>
        <translation>该机柜尚未调测。选择模板并点击“开始”：检查清单会引导您检查机柜的每个部分，最后生成签名的验收报告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the run…</source>
        <translation>正在加载本次调测…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template: %1 · Engineer: %2 · Customer: %3</source>
        <translation>模板：%1 · 工程师：%2 · 客户：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started: %1 · Finished: %2 · Revision %3</source>
        <translation>开始：%1 · 完成：%2 · 第 %3 版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(corrects %1)</source>
        <translation>（更正 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run was finished on %1 and is read-only. Corrections go into a new revision: press Start a Revision.</source>
        <translation>本次调测已于 %1 完成，现为只读。更正请建立新版本：点击“开始新版本”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: %1 — %2 passed, %3 failed, %4 skipped, %5 pending</source>
        <translation>结论：%1 — %2 项通过，%3 项未通过，%4 项跳过，%5 项待检</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (evidence missing)</source>
        <translation>%1（缺少证据）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose an item of the checklist.</source>
        <translation>请在检查清单中选择一项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mode: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence required: none (a plain pass or fail)</source>
        <translation>所需证据：无（直接判定通过或不通过）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence required: %1</source>
        <translation>所需证据：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass range: %1</source>
        <translation>合格范围：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic check: %1</source>
        <translation>自动检查：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: skipped — %1</source>
        <translation>状态：已跳过 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result lacks evidence this item requires.</source>
        <translation>该结果缺少此项要求的证据。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The automatic check %1 is not available on this page yet (edgectl runs it). Check this item by hand and record the result with Pass or Fail.</source>
        <translation>自动检查 %1 暂不能在此页运行（请用 edgectl 运行）。请人工检查此项，并用“通过”或“不通过”记录结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run Check logs in to every server of the cabinet over SSH (with the credentials you type) and records what it finds.</source>
        <translation>“运行检查”通过 SSH（使用您输入的凭据）登录机柜的每台服务器并记录结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run Check asks the hub whether the agent of every server of the cabinet is online.</source>
        <translation>“运行检查”向管理中心查询机柜每台服务器的代理是否在线。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run Check reads the cabinet&apos;s device through its adapter and records the readings and the result.</source>
        <translation>“运行检查”通过设备适配器读取机柜中的设备，并记录读数和结果。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You are signed in as a viewer.</source>
        <translation>您以只读用户身份登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run is finished: start a revision to correct it.</source>
        <translation>本次调测已完成：如需更正，请开始新版本。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel Check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run Check</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check is not available on this page yet.</source>
        <translation>此检查暂不能在此页运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+138"/>
        <source>This hub cannot store photos.</source>
        <translation>该管理中心无法存储照片。</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Could not record %1: %2</source>
        <translation>无法记录%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded %1.</source>
        <translation>已记录%1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not start the run: %1</source>
        <translation>无法开始调测：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1.</source>
        <translation>已开始 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a pass of %1</source>
        <translation>“%1”通过</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a failure of %1</source>
        <translation>“%1”不通过</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A skipped item needs a reason.</source>
        <translation>跳过的项目必须填写原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the skip of %1</source>
        <translation>跳过“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Within %1</source>
        <translation>在 %1 范围内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside %1</source>
        <translation>超出 %1 范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the measurement of %1</source>
        <translation>“%1”的测量值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a note on %1</source>
        <translation>“%1”的备注</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not finish the run: %1</source>
        <translation>无法完成调测：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished %1; it is read-only now.</source>
        <translation>已完成 %1；现为只读。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not start a revision: %1</source>
        <translation>无法开始新版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started revision %1 of %2.</source>
        <translation>已开始 %2 的第 %1 版。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check %1 is not available on this page yet.</source>
        <translation>检查 %1 暂不能在此页运行。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The check %1 needs an SNMP device in this cabinet: add the device with its address on the Sites page first.</source>
        <translation>检查 %1 需要该机柜中有 SNMP 设备：请先在“站点”页添加该设备及其地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check %1 needs a Modbus device in this cabinet: add the device with its address on the Sites page first.</source>
        <translation>检查 %1 需要该机柜中有 Modbus 设备：请先在“站点”页添加该设备及其地址。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Running %1 on %2…</source>
        <translation>正在对 %2 运行 %1…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The check could not run: %1</source>
        <translation>检查无法运行：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Check passed: %1</source>
        <translation>检查通过：%1</translation>
    </message>
    <message>
        <location line="-752"/>
        <source>Running the check %1 on %2… Cancel Check stops it and keeps what was recorded.</source>
        <translation>正在对 %2 运行检查 %1…“取消检查”会停止检查并保留已记录的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another item&apos;s check is running.</source>
        <translation>另一检查项的检查正在运行。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run Check records the cabinet&apos;s temperatures, UPS load and server metrics for %1; Cancel Check keeps the samples so far.</source>
        <translation>“运行检查”在 %1 内记录机柜温度、UPS 负载和服务器指标；“取消检查”保留已采集的样本。</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>This hub does not report node status; the check %1 needs it.</source>
        <translation>此管理中心不提供节点状态，检查 %1 需要该状态。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The node %1 has no management address: enter the address its SSH server listens on (Sites page, the node&apos;s details) and run the check again.</source>
        <translation>节点 %1 没有管理地址：请填写其 SSH 服务监听的地址（站点页面，节点详情）后重新运行检查。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Burn-in needs something to record: add the cabinet&apos;s UPS or sensors (Sites page) or a node first.</source>
        <translation>老化测试需要可记录的对象：请先添加机柜的 UPS 或传感器（站点页面）或节点。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The check %1 needs a server (node) in this cabinet: add the node to the cabinet first.</source>
        <translation>检查 %1 需要此机柜中的服务器（节点）：请先将节点添加到机柜。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check %1 names the node &quot;%2&quot;, which is not in this cabinet.</source>
        <translation>检查 %1 指定的节点“%2”不在此机柜中。</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>The server&apos;s host key is not known yet.</source>
        <translation>尚未识别该服务器的主机密钥。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check was cancelled; what it recorded is kept. %1</source>
        <translation>检查已取消，已记录的数据予以保留。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Check failed: %1</source>
        <translation>检查未通过：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm the Host Key</source>
        <translation>确认主机密钥</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Trust and Run Again</source>
        <translation>信任并重新运行(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The host key was refused; nothing was recorded.</source>
        <translation>已拒绝主机密钥，未记录任何内容。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up: waiting for the last reading…</source>
        <translation>时间已到：正在等待最后一次读数…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest reading: %1</source>
        <translation>最新读数：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 samples recorded.</source>
        <translation>已记录 %1 / %2 个样本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 samples · %3 elapsed · %4 left</source>
        <translation>%1 / %2 个样本 · 已用 %3 · 剩余 %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The agent is installed: run the check again.</source>
        <translation>代理已安装：请重新运行检查。</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n item(s) are still pending. Finish the run anyway? They become open items of the acceptance report, and the run becomes read-only.</source>
        <translation>
            <numerusform>还有 %n 项待检。仍要完成本次调测吗？这些项目将作为验收报告的遗留项，本次调测将变为只读。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the run &quot;%1&quot;? It becomes read-only; corrections need a new revision.</source>
        <translation>完成调测“%1”吗？完成后为只读；更正需要建立新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish Commissioning</source>
        <translation>完成调测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote the sealed acceptance report %1.</source>
        <translation>已生成封签的验收报告 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commissioning</source>
        <translation>调测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cabinet:</source>
        <translation>机柜(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run:</source>
        <translation>调测记录(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accepting party, printed on the report&apos;s cover</source>
        <translation>验收方，印在报告封面上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start commissioning the cabinet with the chosen template</source>
        <translation>用所选模板开始调测该机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>操作说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass</source>
        <translation>通过(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fail…</source>
        <translation>不通过(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip…</source>
        <translation>跳过(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure…</source>
        <translation>测量(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add P&amp;hoto…</source>
        <translation>添加照片(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install Agent…</source>
        <translation>安装代理(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the edge agent on the server over SSH (Add Node over SSH), then run the check again</source>
        <translation>通过 SSH 在服务器上安装边缘代理（通过 SSH 添加节点），然后重新运行检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;inish…</source>
        <translation>完成(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a Re&amp;vision</source>
        <translation>开始新版本(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the sealed acceptance report (PDF)</source>
        <translation>生成封签的验收报告（PDF）</translation>
    </message>
</context>
<context>
    <name>edge::widgets::ConflictsPage</name>
    <message>
        <location filename="../widgets/views/conflictspage.cpp" line="+148"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabinet</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>勘察</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey item</source>
        <translation>勘察项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit set</source>
        <translation>限值集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(exists)</source>
        <translation>（存在）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed in two places at once. Every replica shows the winner (★) until you keep one of the values.</source>
        <translation>在两处同时被修改。在您保留其中一个值之前，所有副本都显示胜出值（★）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted in one place while edited in another. The delete wins; keep the edit to restore the %1 with all its fields, or keep the delete.</source>
        <translation>在一处被删除，同时在另一处被编辑。删除优先；保留编辑可恢复该%1及其全部字段，或保留删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This %1 still exists, but something it belongs to was deleted at the same time, so it is hidden. Restore what it belongs to, or delete it too.</source>
        <translation>此%1仍然存在，但它所属的对象同时被删除，因此被隐藏。请恢复其所属对象，或将它也删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two %1s with the same name were created apart. Rename or remove one of them; the conflict goes away by itself.</source>
        <translation>分别创建了两个同名的%1。请重命名或删除其中一个，冲突会自动消失。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>existence</source>
        <translation>存在状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>★ Winner</source>
        <translation>★ 胜出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep Deleted</source>
        <translation>保持删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep This Value</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conflicts could not be loaded: %1</source>
        <translation>无法加载冲突：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The conflict could not be resolved: %1</source>
        <translation>无法解决冲突：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict resolved. The choice is sent with the next sync.</source>
        <translation>冲突已解决。您的选择将在下次同步时发送。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the same thing was changed in two places before they synced, both values are kept here until someone decides. Your choice is sent to the others with the next sync.</source>
        <translation>当同一内容在同步前于两处被修改时，两个值都会保留在这里，直到有人做出决定。您的选择将在下次同步时发送给其他人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything synced so far agrees. Conflicts appear here when the same field was changed in two places while they were apart.</source>
        <translation>目前已同步的内容全部一致。当同一字段在离线期间于两处被修改时，冲突会显示在这里。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::ConnectHubDialog</name>
    <message>
        <location filename="../widgets/dialogs/connecthubdialog.cpp" line="+63"/>
        <source>Connect to a Remote Hub</source>
        <translation>连接远程管理中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the console to a hub running on another machine. The connection is encrypted (TLS); the hub&apos;s certificate must be signed by the CA you choose.</source>
        <translation>将控制台连接到运行在另一台机器上的管理中心。连接经过加密（TLS）；管理中心的证书必须由您选择的 CA 签发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hub address:</source>
        <translation>管理中心地址(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, e.g. hub.example.com:7443</source>
        <translation>host:port，例如 hub.example.com:7443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file, e.g. /etc/edge/ca.pem</source>
        <translation>PEM 文件，例如 /etc/edge/ca.pem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Choose the CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Choose the CA certificate (a PEM file) that signed the hub&apos;s certificate.</source>
        <translation>请选择签发管理中心证书的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>CA 证书“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your user name on that hub.</source>
        <translation>请输入您在该管理中心的用户名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The hub at %1 did not answer: %2</source>
        <translation>位于 %1 的管理中心没有响应：%2</translation>
    </message>
</context>
<context>
    <name>edge::widgets::DeleteSiteDialog</name>
    <message>
        <location filename="../widgets/dialogs/deletesitedialog.cpp" line="+121"/>
        <source>Could not count the site&apos;s cabinets, nodes, devices and surveys: %1</source>
        <translation>无法统计该站点的机柜、节点、设备和勘察：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete Site</source>
        <translation>删除站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the site &quot;%1&quot;?</source>
        <translation>删除站点“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site is removed from the hub for every user of it. This cannot be undone.</source>
        <translation>该站点将从管理中心删除，所有用户都将看不到它。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking for cabinets, nodes, devices and surveys at this site…</source>
        <translation>正在检查该站点的机柜、节点、设备和勘察…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site has no cabinets, nodes, devices or surveys.</source>
        <translation>该站点没有机柜、节点、设备或勘察。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site still has %1 cabinets, %2 nodes, %3 devices and %4 surveys. Deleting the site deletes them too.</source>
        <translation>该站点仍有 %1 个机柜、%2 个节点、%3 台设备和 %4 次勘察。删除站点将一并删除它们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also delete its cabinets, nodes, devices and surveys</source>
        <translation>同时删除其机柜、节点、设备和勘察</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The site got new cabinets, nodes, devices or surveys meanwhile. Check the numbers above and confirm again.</source>
        <translation>在此期间该站点新增了机柜、节点、设备或勘察。请核对上面的数量后再次确认。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The site no longer exists; someone else deleted it.</source>
        <translation>该站点已不存在；其他人已将其删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not delete sites: your role only allows viewing. (%1)</source>
        <translation>您不能删除站点：您的角色只允许查看。（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub did not delete the site: %1</source>
        <translation>管理中心未删除该站点：%1</translation>
    </message>
</context>
<context>
    <name>edge::widgets::DeviceDialog</name>
    <message>
        <location filename="../widgets/dialogs/devicedialog.cpp" line="+216"/>
        <source>stored with the device</source>
        <translation>随设备保存</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not in a cabinet</source>
        <translation>不在机柜内</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None (not polled)</source>
        <translation>无（不轮询）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP</source>
        <translation>SNMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modbus RTU (serial)</source>
        <translation>Modbus RTU（串口）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>v2c (community)</source>
        <translation>v2c（团体名）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>v3 (user)</source>
        <translation>v3（用户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No register map</source>
        <translation>无寄存器映射</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (check the first reading)</source>
        <translation>%1（请核对首个读数）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom map from a JSON file…</source>
        <translation>从 JSON 文件加载自定义映射…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom map &quot;%1&quot; (%2)</source>
        <translation>自定义映射“%1”（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Add Device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Describe the device and how to reach it. Commissioning checks read it at this address with these settings.</source>
        <translation>描述设备及其访问方式。调试检查将使用此地址和这些设置读取设备。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Device</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of &quot;%1&quot;. Other users see the changes at once.</source>
        <translation>修改“%1”的详细信息。其他用户会立即看到更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cabinet:</source>
        <translation>机柜(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial number:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP settings</source>
        <translation>SNMP 设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authen&amp;tication:</source>
        <translation>认证协议(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vacy:</source>
        <translation>加密协议(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Modbus settings</source>
        <translation>Modbus 设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit id:</source>
        <translation>从站地址(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register map:</source>
        <translation>寄存器映射(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: UPS 1</source>
        <translation>例如：UPS 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer and model, optional</source>
        <translation>厂商和型号，可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the device&apos;s label, optional</source>
        <translation>见设备铭牌，可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SNMPv3 user (security name)</source>
        <translation>SNMPv3 用户（安全名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community and the passphrases are not stored with the device: they are asked for when a check reads it, and kept in memory only.</source>
        <translation>团体名和口令不随设备保存：检查读取设备时才会询问，且只保存在内存中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host or host:port, e.g. 192.168.1.20 (port 161)</source>
        <translation>主机或 主机:端口，例如 192.168.1.20（端口 161）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host or host:port, e.g. 192.168.1.30:502</source>
        <translation>主机或 主机:端口，例如 192.168.1.30:502</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial device, e.g. /dev/ttyUSB0</source>
        <translation>串口设备，例如 /dev/ttyUSB0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No map loaded yet: choose this entry again to pick a JSON file.</source>
        <translation>尚未加载映射：再次选择此项以选取 JSON 文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n register(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 个寄存器，来自“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n register(s); source: %1</source>
        <translation>
            <numerusform>%n 个寄存器；来源：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not read from the vendor&apos;s manual: compare the first reading with the sensor&apos;s display.</source>
        <translation>未从厂商手册核实：请将首个读数与传感器显示值对比。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This console does not know the preset &quot;%1&quot;; it is kept as it is.</source>
        <translation>此控制台不认识预设“%1”；将按原样保留。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register Map</source>
        <translation>寄存器映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register maps (*.json);;All files (*)</source>
        <translation>寄存器映射 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 4 MiB; a register map is a small JSON file.</source>
        <translation>%1 大于 4 MiB；寄存器映射应是一个小的 JSON 文件。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the kind of device.</source>
        <translation>请选择设备类型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how the device is reached.</source>
        <translation>请选择设备的访问方式。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load a register map from a JSON file, or choose a preset.</source>
        <translation>请从 JSON 文件加载寄存器映射，或选择一个预设。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Someone else changed this device after you opened it. Close this dialog and open it again to see their changes.</source>
        <translation>在您打开此设备后，其他人修改了它。请关闭此对话框并重新打开以查看其更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not change devices: your role only allows viewing. (%1)</source>
        <translation>您不能修改设备：您的角色只允许查看。（%1）</translation>
    </message>
</context>
<context>
    <name>edge::widgets::HazardPlot</name>
    <message>
        <location filename="../widgets/charts/hazardplot.cpp" line="+32"/>
        <location line="+2"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No hazards yet: import a hazards file (CSV or GeoJSON) for a site with coordinates</source>
        <translation>尚无危险源：请为有坐标的站点导入危险源文件（CSV 或 GeoJSON）</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hazards in the list</source>
        <translation>列表中没有危险源</translation>
    </message>
</context>
<context>
    <name>edge::widgets::HubConnector</name>
    <message>
        <location filename="../widgets/common/hubconnector.cpp" line="+14"/>
        <source>Enter the hub address as host:port, for example hub.example.com:7443.</source>
        <translation>请以 host:port 格式输入管理中心地址，例如 hub.example.com:7443。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a host:port address, for example hub.example.com:7443.</source>
        <translation>“%1”不是 host:port 格式的地址，例如 hub.example.com:7443。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::LimitSetsDialog</name>
    <message>
        <location filename="../widgets/dialogs/limitsetsdialog.cpp" line="+142"/>
        <source>Survey limits</source>
        <translation>勘察限值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limits surveys are checked against. Edit a value and save a new version; older versions are kept and the newest one is used.</source>
        <translation>勘察所依据的限值。编辑数值后保存为新版本；旧版本会保留，使用最新版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set</source>
        <translation>限值集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. hot aisle containment, vendor sheet</source>
        <translation>例如：热通道封闭、厂商资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to shipped</source>
        <translation>恢复为内置值</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Some limits of this set are unverified.</source>
        <translation>此限值集中有部分限值未核实。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — version %2 (%3)</source>
        <translation>%1 — 版本 %2（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low (unverified)</source>
        <translation>低（未核实）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unverified: the reference gives this number low confidence. Check it against the standard before relying on a verdict.</source>
        <translation>未核实：参考资料给出的此数值可信度为低。依据结论之前请对照标准核实。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a limit set first.</source>
        <translation>请先选择一个限值集。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: give a minimum, a maximum or both.</source>
        <translation>%1：请填写最小值、最大值或两者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the minimum is above the maximum.</source>
        <translation>%1：最小值大于最大值。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved %1 version %2.</source>
        <translation>已保存 %1 版本 %2。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Import limit sets</source>
        <translation>导入限值集</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Limit sets (*.json)</source>
        <translation>限值集 (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export limit set</source>
        <translation>导出限值集</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The stored limit sets could not be read: %1</source>
        <translation>无法读取已保存的限值集：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the limit set &quot;%2&quot; is already at version %3; version %4 is not newer. Set &quot;version&quot; to %5 or more and import again.</source>
        <translation>%1：限值集“%2”已是版本 %3；版本 %4 并不更新。请将“version”设为 %5 或更高后重新导入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reverted to the shipped values.</source>
        <translation>已恢复为内置值。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/views/mainwindow.cpp" line="+43"/>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey</source>
        <translation>勘察</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commissioning</source>
        <translation>调测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+169"/>
        <location line="+146"/>
        <source>Export Sync Bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+7"/>
        <source>Sync bundles (*.bundle);;All files (*)</source>
        <translation>同步包 (*.bundle);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+137"/>
        <source>Import Sync Bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 open conflicts need a decision.</source>
        <translation>%1 个未解决的冲突需要决定。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no hub</source>
        <translation>无管理中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>embedded hub (%1)</source>
        <translation>内置管理中心（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote hub %1</source>
        <translation>远程管理中心 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+28"/>
        <source>Connected to %1.</source>
        <translation>已连接到%1。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Opening the embedded hub…</source>
        <translation>正在打开内置管理中心…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embedded Hub</source>
        <translation>内置管理中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The embedded hub could not be opened: %1</source>
        <translation>无法打开内置管理中心：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EdgeConsole — %1</source>
        <translation>EdgeConsole — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hub</source>
        <translation>无管理中心</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Embedded hub: %1</source>
        <translation>内置管理中心：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub built into this console, keeping its data in %1</source>
        <translation>本控制台内置的管理中心，数据保存在 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote hub: %1</source>
        <translation>远程管理中心：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected over TLS to the hub at %1</source>
        <translation>已通过 TLS 连接到位于 %1 的管理中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About EdgeConsole</source>
        <translation>关于 EdgeConsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;EdgeConsole %1&lt;/b&gt;&lt;br&gt;Manages the regions, sites, cabinets, nodes and devices of edge-computing estates.</source>
        <translation>&lt;b&gt;EdgeConsole %1&lt;/b&gt;&lt;br&gt;管理边缘计算资产中的区域、站点、机柜、节点和设备。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (not available in this version)</source>
        <translation>%1（本版本中不可用）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hub</source>
        <translation>管理中心(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to a Remote Hub…</source>
        <translation>连接远程管理中心(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;Embedded Hub</source>
        <translation>使用内置管理中心(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;Now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this console&apos;s changes to the sync hub and get everyone else&apos;s.</source>
        <translation>将本控制台的更改发送到同步管理中心，并获取其他人的更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Sync Bundle…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Sync Bundle…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EdgeConsole</source>
        <translation>关于 EdgeConsole(&amp;A)</translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeEventsModel</name>
    <message>
        <location filename="../widgets/models/nodeeventsmodel.cpp" line="+90"/>
        <source>Agent started</source>
        <translation>代理已启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload created</source>
        <translation>工作负载已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload started</source>
        <translation>工作负载已启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload restarted</source>
        <translation>工作负载已重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload removed</source>
        <translation>工作负载已移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload failed</source>
        <translation>工作负载失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image loaded</source>
        <translation>镜像已加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image could not be loaded</source>
        <translation>镜像无法加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate renewed</source>
        <translation>证书已续期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent dropped unsent records</source>
        <translation>代理丢弃了未发送的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub could not read a record from the agent</source>
        <translation>管理中心无法读取代理发送的一条记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeEventsPanel</name>
    <message>
        <location filename="../widgets/views/nodeeventspanel.cpp" line="+153"/>
        <source>Could not load the events: %1</source>
        <translation>无法加载事件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>The newest %n event(s)</source>
        <translation>
            <numerusform>最新的 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No events to show.</source>
        <translation>没有可显示的事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events from this node yet.</source>
        <translation>此节点尚无事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events from this node in this time range.</source>
        <translation>此时间范围内此节点没有事件。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeMetricsPanel</name>
    <message>
        <location filename="../widgets/views/nodemetricspanel.cpp" line="+109"/>
        <location line="+31"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Could not load the metrics: %1</source>
        <translation>无法加载指标：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No metrics yet: the node&apos;s agent has not reported any.</source>
        <translation>暂无指标：该节点的代理尚未上报任何指标。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not reported)</source>
        <translation>%1（未上报）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk used</source>
        <translation>已用磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load (1 min)</source>
        <translation>负载（1 分钟）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hottest sensor</source>
        <translation>最高温度传感器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodePage</name>
    <message>
        <location filename="../widgets/views/nodepage.cpp" line="+64"/>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edge node at %1  ·  id %2</source>
        <translation>位于 %1 的边缘节点  ·  ID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>edge::widgets::NodeStatusPanel</name>
    <message numerus="yes">
        <location filename="../widgets/views/nodestatuspanel.cpp" line="+237"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never connected</source>
        <translation>从未连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last seen %1 (%2)</source>
        <translation>最后在线 %1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub did not answer: %1 The values shown may be out of date.</source>
        <translation>管理中心没有应答：%1 显示的数值可能已过时。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No certificate issued yet</source>
        <translation>尚未签发证书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired on %1: the agent must enroll again with a new bootstrap token.</source>
        <translation>已于 %1 过期：代理必须使用新的引导令牌重新注册。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Expires on %1 (in %n day(s)): renewed automatically while the node is connected.</source>
        <translation>
            <numerusform>将于 %1 过期（%n 天后）：节点连接期间会自动续期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>有效期至 %1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desired %1, applied %2</source>
        <translation>期望 %1，已应用 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the agent has not applied the newest yet)</source>
        <translation>（代理尚未应用最新版本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(waiting for the agent)</source>
        <translation>（等待代理）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 records dropped by the agent under its disk quota</source>
        <translation>代理因磁盘配额丢弃了 %1 条记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent has not reported any workloads yet.</source>
        <translation>代理尚未上报任何工作负载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workloads: none has been assigned to this node.</source>
        <translation>没有工作负载：尚未给此节点分配任何工作负载。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version:</source>
        <translation>代理版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation:</source>
        <translation>版本号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped records:</source>
        <translation>丢弃的记录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
</context>
<context>
    <name>edge::widgets::NoiseMeasureDialog</name>
    <message>
        <location filename="../widgets/dialogs/noisemeasuredialog.cpp" line="+190"/>
        <source>Measure Noise: %1</source>
        <translation>测量噪声：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop Measuring?</source>
        <translation>停止测量？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A measurement is running. Stop it and close without saving?</source>
        <translation>正在测量。停止测量并关闭而不保存吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calibration is running. Stop it and close?</source>
        <translation>正在校准。停止校准并关闭吗？</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>94 dB calibrator</source>
        <translation>94 dB 校准器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>114 dB calibrator</source>
        <translation>114 dB 校准器</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Seat the sound calibrator on the microphone, switch it on, then press Calibrate: %1 s of its 1 kHz tone are recorded.</source>
        <translation>将声校准器套在麦克风上并打开，然后点击“校准”：将录制其 1 kHz 音调 %1 秒。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conditions</source>
        <translation>测量条件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day (06:00-22:00)</source>
        <translation>昼间（06:00-22:00）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (22:00-06:00)</source>
        <translation>夜间（22:00-06:00）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent (limit + 10 dB)</source>
        <translation>频发（限值 + 10 dB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occasional (limit + 15 dB)</source>
        <translation>偶发（限值 + 15 dB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than 1 m from a noise-sensitive building (measured inside it; limit 10 dB lower)</source>
        <translation>距噪声敏感建筑物不足 1 米（在其室内测量；限值降低 10 dB）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inside the machine room (GB 50174)</source>
        <translation>在机房内（GB 50174）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night events:</source>
        <translation>夜间突发噪声：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Level</source>
        <translation>声级</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LAF (fast)</source>
        <translation>LAF（快）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LAS (slow)</source>
        <translation>LAS（慢）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>LAF</source>
        <translation>LAF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+111"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No microphone found on this machine</source>
        <translation>本机未找到麦克风</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Calibrated %1 (%2 dB calibrator, offset %3 dB)</source>
        <translation>已于 %1 校准（%2 dB 校准器，偏移 %3 dB）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not calibrated: levels are dBFS (AES17: a full-scale sine reads 0 dBFS)</source>
        <translation>未校准：声级单位为 dBFS（AES17：满幅正弦波为 0 dBFS）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel Calibration</source>
        <translation>取消校准</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The input cannot be read.</source>
        <translation>无法读取该输入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The input&apos;s format is not supported (16 or 32-bit PCM).</source>
        <translation>不支持该输入的格式（需 16 或 32 位 PCM）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No microphone found on this machine.</source>
        <translation>本机未找到麦克风。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The microphone &apos;%1&apos; cannot be opened (error %2). Check that it is connected and not used by another program.</source>
        <translation>无法打开麦克风“%1”（错误 %2）。请检查其已连接且未被其他程序占用。</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Measuring with %1…</source>
        <translation>正在用 %1 测量…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stopped after %1 s: LAeq %2 %3. Save adds it to the survey.</source>
        <translation>已在 %1 秒后停止：LAeq %2 %3。点击“保存”将其加入勘察。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was recorded: the input delivered no sound.</source>
        <translation>未录到任何内容：输入没有提供声音。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>LAeq %1 %2   LCpeak %3 %2</source>
        <translation>LAeq %1 %2   LCpeak %3 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Elapsed %1:%2:%3</source>
        <translation>已用时 %1:%2:%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>LAF (%1)</source>
        <translation>LAF（%1）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Recording the calibrator&apos;s tone for %1 s…</source>
        <translation>正在录制校准器音调 %1 秒…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calibration cancelled; nothing was stored.</source>
        <translation>校准已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording</source>
        <translation>该录音</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calibrated: the tone at %1 Hz read %2 dBFS; levels from this microphone are now in dB (offset %3 dB).</source>
        <translation>已校准：%1 Hz 音调读数为 %2 dBFS；此麦克风的声级现以 dB 表示（偏移 %3 dB）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The calibration is kept for this microphone but could not be added to the survey: %1</source>
        <translation>已为此麦克风保存校准，但无法加入勘察：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The measurement was not saved: %1</source>
        <translation>测量未保存：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as &apos;%1&apos;.</source>
        <translation>已保存为“%1”。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::PlaceholderPage</name>
    <message>
        <location filename="../widgets/views/mainwindow.cpp" line="-500"/>
        <source>Topology will draw how regions, sites, cabinets, nodes and devices connect, and let you explore the estate as a diagram.</source>
        <translation>拓扑页面将绘制区域、站点、机柜、节点和设备之间的连接关系，让您以图形方式浏览整个资产。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apps will deploy edge applications (containers) to the nodes of your sites and keep them running.</source>
        <translation>应用页面将把边缘应用（容器）部署到各站点的节点上，并保持其运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring will show live readings and alarms from UPS, PDU, air conditioning and environment sensors.</source>
        <translation>监控页面将显示 UPS、PDU、空调和环境传感器的实时读数和告警。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logs will show who changed what and when, and the logs collected from nodes and devices.</source>
        <translation>日志页面将显示谁在何时修改了什么，以及从节点和设备收集的日志。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports will produce PDF reports on sites, inventory and health, to print or send.</source>
        <translation>报表页面将生成关于站点、资产清单和健康状况的 PDF 报表，供打印或发送。</translation>
    </message>
    <message>
        <location filename="../widgets/views/placeholderpage.cpp" line="+68"/>
        <source>This page is not available in this version of EdgeConsole.</source>
        <translation>本版本的 EdgeConsole 尚不提供此页面。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::ReadingsChart</name>
    <message>
        <location filename="../widgets/charts/readingschart.cpp" line="+67"/>
        <source>%1 (unverified)</source>
        <translation>%1（未核实）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Readings against %1</source>
        <translation>读数（对照 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings yet: import a CSV or poll a sensor</source>
        <translation>尚无读数：请导入 CSV 文件或轮询传感器</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%RH</source>
        <translation>%RH</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allowed temperature</source>
        <translation>允许温度范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowed humidity</source>
        <translation>允许湿度范围</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dew point</source>
        <translation>露点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative humidity</source>
        <translation>相对湿度</translation>
    </message>
</context>
<context>
    <name>edge::widgets::RecordListModel</name>
    <message>
        <location filename="../widgets/models/recordlistmodel.cpp" line="+70"/>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+38"/>
        <location line="+61"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1 · never connected</source>
        <translation>%1 · 从未连接</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · last seen %2</source>
        <translation>%1 · 最后在线 %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Management address</source>
        <translation>管理地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol and address</source>
        <translation>协议和地址</translation>
    </message>
</context>
<context>
    <name>edge::widgets::RecordSave</name>
    <message>
        <location filename="../widgets/common/recordsave.cpp" line="+46"/>
        <source>The hub did not answer. Check the connection and try again. (%1)</source>
        <translation>管理中心没有响应。请检查连接后重试。（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub refused the change (%1).</source>
        <translation>管理中心拒绝了此更改（%1）。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SensorPollDialog</name>
    <message>
        <location filename="../widgets/dialogs/sensorpolldialog.cpp" line="+220"/>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modbus RTU (RS485)</source>
        <translation>Modbus RTU（RS485）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP (ENTITY-SENSOR-MIB, UPS-MIB)</source>
        <translation>SNMP（ENTITY-SENSOR-MIB、UPS-MIB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP address or name, e.g. 10.0.0.5</source>
        <translation>IP 地址或名称，例如 10.0.0.5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial port:</source>
        <translation>串口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baud rate:</source>
        <translation>波特率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parity:</source>
        <translation>校验位：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v3 (authPriv)</source>
        <translation>v3（authPriv）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AES, at least 8 characters</source>
        <translation>AES，至少 8 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first temperature sensor</source>
        <translation>第一个温度传感器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community:</source>
        <translation>团体名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>认证协议：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth passphrase:</source>
        <translation>认证口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy passphrase:</source>
        <translation>加密口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor (index or label):</source>
        <translation>传感器（索引或标签）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Register map file (JSON)…</source>
        <translation>寄存器映射文件（JSON）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register map .json</source>
        <translation>寄存器映射 .json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit id:</source>
        <translation>单元 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register map:</source>
        <translation>寄存器映射：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until Stop</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Humidity (%RH)</source>
        <translation>湿度（%RH）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dew point (°C)</source>
        <translation>露点（°C）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Survey</source>
        <translation>保存到勘察</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+339"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Register Map</source>
        <translation>寄存器映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register maps (*.json)</source>
        <translation>寄存器映射（*.json）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1. Not read from the vendor&apos;s manual: compare the first reading with the sensor&apos;s display.</source>
        <translation>来源：%1。并非取自厂商手册：请将第一条读数与传感器显示值核对。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n reading(s), %1 failed</source>
        <translation>
            <numerusform>%n 条读数，%1 次失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n 条读数</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose a register map file, or one of the presets.</source>
        <translation>请选择寄存器映射文件或一个预设。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register map %1 cannot be read: %2</source>
        <translation>无法读取寄存器映射 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Reading %1 every %2 s, %n read(s)…</source>
        <translation>
            <numerusform>每 %2 秒读取 %1，共 %n 次…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 every %2 s until Stop…</source>
        <translation>每 %2 秒读取 %1，直到停止…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopping (a read in progress finishes first)…</source>
        <translation>正在停止（正在进行的读取会先完成）…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read %1 from %2 failed: %3</source>
        <translation>第 %1 次读取 %2 失败：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1 from %2 failed: %3 Trying again at the next interval.</source>
        <translation>第 %1 次读取 %2 失败：%3 将在下一个间隔重试。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was read from %1. Check the settings and the message below, then start again.</source>
        <translation>未从 %1 读到任何数据。请检查设置和下方的消息，然后重新开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped before anything was read.</source>
        <translation>在读到任何数据之前已停止。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done: %n reading(s). Save stores them in the survey as one readings item.</source>
        <translation>
            <numerusform>完成：%n 条读数。“保存”会将它们作为一个读数条目存入勘察。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The readings could not be saved: %1</source>
        <translation>无法保存读数：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as &apos;%1&apos;.</source>
        <translation>已保存为“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Poll Sensor: %1</source>
        <translation>轮询传感器：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sensor is still being polled. Stop and close without saving the readings?</source>
        <translation>仍在轮询传感器。要停止并关闭而不保存读数吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Close without saving the %n reading(s)?</source>
        <translation>
            <numerusform>关闭而不保存这 %n 条读数吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>edge::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/views/settingspage.cpp" line="+216"/>
        <source>Enter the address to listen on as host:port, for example 0.0.0.0:7443.</source>
        <translation>请以 主机:端口 的形式输入监听地址，例如 0.0.0.0:7443。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an address to listen on; write host:port, for example 0.0.0.0:7443.</source>
        <translation>“%1”不是可监听的地址；请写成 主机:端口，例如 0.0.0.0:7443。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose the Data Directory</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site surveys</source>
        <translation>现场勘察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limits surveys are checked against: shipped with the console, editable, kept in versions.</source>
        <translation>勘察所依据的限值：随控制台内置，可编辑，按版本保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey limits…</source>
        <translation>勘察限值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the console:</source>
        <translation>控制台语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console switches language at once; the choice is kept for the next start.</source>
        <translation>控制台会立即切换语言，下次启动时沿用此选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded hub</source>
        <translation>内置管理中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data directory:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the hub built into the console keeps its database. A change takes effect at the next start (the --data option overrides it).</source>
        <translation>控制台内置管理中心保存数据库的位置。修改在下次启动时生效（--data 选项优先）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now in use: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edge agents</source>
        <translation>边缘代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let edge &amp;agents connect to this console</source>
        <translation>允许边缘代理连接到本控制台(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen &amp;address:</source>
        <translation>监听地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes at a site without a hub (a cabinet with a local switch) can enroll with this laptop: the embedded hub listens there with TLS, agents with their certificates (mutual TLS). 0.0.0.0 means every network of this computer. A change takes effect at the next start (the --listen option overrides it).</source>
        <translation>没有管理中心的站点（只有本地交换机的机柜）中的节点可以向这台笔记本注册：内嵌管理中心在此地址以 TLS 监听，代理使用其证书（双向 TLS）。0.0.0.0 表示本机的所有网络。更改在下次启动时生效（--listen 选项优先）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now listening on %1.</source>
        <translation>当前正在监听 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now not listening: %1</source>
        <translation>当前未监听：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now not listening.</source>
        <translation>当前未监听。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote hubs</source>
        <translation>远程管理中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear All</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hubs you connect to with Hub ▸ Connect to a Remote Hub are listed here. Passwords are never stored.</source>
        <translation>通过“管理中心 ▸ 连接远程管理中心”连接过的管理中心会列在这里。密码从不保存。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SignaturePad</name>
    <message>
        <location filename="../widgets/common/signaturepad.cpp" line="+38"/>
        <location line="+100"/>
        <source>Sign here</source>
        <translation>在此签名</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SiteDetailPanel</name>
    <message>
        <location filename="../widgets/views/sitedetailpanel.cpp" line="+383"/>
        <source>Delete Cabinet</source>
        <translation>删除机柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete Device</source>
        <translation>删除设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the cabinet &quot;%1&quot;?</source>
        <translation>删除机柜“%1”？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the device &quot;%1&quot;?</source>
        <translation>删除设备“%1”？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other users see it go at once. A cabinet that still holds nodes or devices is not deleted: move or delete them first.</source>
        <translation>其他用户会立即看到删除。仍装有节点或设备的机柜不会被删除：请先移走或删除它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other users see it go at once.</source>
        <translation>其他用户会立即看到删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not Deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 (WGS84)</source>
        <translation>%1, %2（WGS84）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cabinets</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the site&apos;s contents: %1</source>
        <translation>无法加载该站点的内容：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a site to see its cabinets, nodes and devices.</source>
        <translation>选择一个站点以查看其机柜、节点和设备。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open Node…</source>
        <translation>打开节点(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected node&apos;s status, workloads and metrics</source>
        <translation>显示所选节点的状态、工作负载和指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;Bootstrap Token…</source>
        <translation>创建引导令牌(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a one-time token an edge agent uses to enroll at this site</source>
        <translation>签发一次性令牌，供边缘代理在此站点注册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Node over &amp;SSH…</source>
        <translation>通过 SSH 添加节点(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the edge agent on a machine over SSH and enroll it</source>
        <translation>通过 SSH 在机器上安装边缘代理并注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from &amp;CSV…</source>
        <translation>从 &amp;CSV 安装…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the edge agent on every machine of a hosts CSV over SSH and enroll them</source>
        <translation>通过 SSH 在主机 CSV 中列出的每台机器上安装边缘代理并注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Cabinet…</source>
        <translation>添加机柜(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cabinet to this site</source>
        <translation>向此站点添加机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Change the selected cabinet</source>
        <translation>修改所选机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the selected cabinet</source>
        <translation>删除所选机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add De&amp;vice…</source>
        <translation>添加设备(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a UPS, PDU, air conditioner, switch or sensor with its address and protocol settings</source>
        <translation>添加 UPS、PDU、空调、交换机或传感器，并填写其地址和协议设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected device</source>
        <translation>修改所选设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected device</source>
        <translation>删除所选设备</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SiteDialog</name>
    <message>
        <location filename="../widgets/dialogs/sitedialog.cpp" line="+157"/>
        <source>No region</source>
        <translation>无区域</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Add Site</source>
        <translation>添加站点</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Describe the new site. Only the name and the kind are required.</source>
        <translation>填写新站点的信息。只有名称和类型是必填项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Site</source>
        <translation>编辑站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of &quot;%1&quot;. Other users see the changes at once.</source>
        <translation>修改“%1”的信息。其他用户会立即看到这些修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;titude:</source>
        <translation>纬度(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;ngitude:</source>
        <translation>经度(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Degrees north (WGS84), e.g. 31.2304; south is negative</source>
        <translation>北纬度数（WGS84），例如 31.2304；南纬为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east (WGS84), e.g. 121.4737; west is negative</source>
        <translation>东经度数（WGS84），例如 121.4737；西经为负数</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Shanghai Pudong cabinet 3</source>
        <translation>例如：上海浦东 3 号机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. SH-PD-03</source>
        <translation>可选，例如 SH-PD-03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, building, room</source>
        <translation>街道、楼宇、房间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access instructions, contacts, anything useful on site</source>
        <translation>进入方式、联系人等现场有用的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper-case letters, digits, &apos;-&apos; and &apos;_&apos;, at most 32 characters.</source>
        <translation>大写字母、数字、“-”和“_”，最多 32 个字符。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the kind of site.</source>
        <translation>请选择站点类型。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The latitude must be a number of degrees between -90 and 90, for example 31.2304.</source>
        <translation>纬度必须是 -90 到 90 之间的度数，例如 31.2304。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The longitude must be a number of degrees between -180 and 180, for example 121.4737.</source>
        <translation>经度必须是 -180 到 180 之间的度数，例如 121.4737。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Someone else changed this site after you opened it. Close this dialog and open it again to see their changes.</source>
        <translation>在您打开此对话框后，其他人修改了该站点。请关闭对话框并重新打开，以查看他们的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not change sites: your role only allows viewing. (%1)</source>
        <translation>您不能修改站点：您的角色只允许查看。（%1）</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SiteFactsDialog</name>
    <message>
        <location filename="../widgets/dialogs/sitefactsdialog.cpp" line="+131"/>
        <source>Not a number: give a number or leave the field empty (not measured).</source>
        <translation>不是数字：请输入数字，或留空（未测量）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Site Facts: %1</source>
        <translation>站点情况：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the site offers, as measured or read on site. Leave a field empty when it was not measured; it then shows as &quot;not measured&quot; in the checks. Saving adds a new facts item; the newest one counts.</source>
        <translation>站点的实际条件，按现场测量或读取的值填写。未测量的项目请留空，检查结果中将显示为“未测量”。保存会新增一条站点情况记录，以最新一条为准。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This survey is final, so its facts are shown read-only. Create a new survey of the site to record new facts.</source>
        <translation>此勘察已定稿，站点情况仅供查看。如需记录新的情况，请为该站点新建勘察。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. railway, substation</source>
        <translation>例如：铁路、变电站</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead-acid</source>
        <translation>铅酸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lithium</source>
        <translation>锂电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Correct the marked fields, then save again.</source>
        <translation>请更正标出的字段，然后重新保存。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not read the survey&apos;s facts: %1</source>
        <translation>无法读取勘察的站点情况：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The newest facts item cannot be read (%1); the form starts empty.</source>
        <translation>无法读取最新的站点情况记录（%1），表单从空白开始。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SitesModel</name>
    <message>
        <location filename="../widgets/models/sitesmodel.cpp" line="+443"/>
        <location line="+67"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Part of the demo estate; remove it with &quot;Remove demo data&quot;.</source>
        <translation>属于演示资产；可用“删除演示数据”将其删除。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabinets</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latitude in degrees (WGS84)</source>
        <translation>纬度，单位为度（WGS84）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude in degrees (WGS84)</source>
        <translation>经度，单位为度（WGS84）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks sites of the demo estate</source>
        <translation>标记属于演示资产的站点</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SitesPage</name>
    <message>
        <location filename="../widgets/views/sitespage.cpp" line="+246"/>
        <source>Could not load the sites: %1</source>
        <translation>无法加载站点：%1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Your role (%1) may only view sites.</source>
        <translation>您的角色（%1）只能查看站点。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to a hub</source>
        <translation>未连接到管理中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Hub ▸ Connect to a Remote Hub, or Hub ▸ Use the Embedded Hub.</source>
        <translation>请使用“管理中心 ▸ 连接远程管理中心”或“管理中心 ▸ 使用内置管理中心”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the sites</source>
        <translation>无法加载站点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading sites…</source>
        <translation>正在加载站点…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sites match the filter</source>
        <translation>没有符合筛选条件的站点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No site is of the kind chosen.</source>
        <translation>没有所选类型的站点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No site has &quot;%1&quot; in its name, code, address or region.</source>
        <translation>没有站点的名称、代码、地址或区域中包含“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sites yet</source>
        <translation>还没有站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A site is a place with edge equipment: a data centre, a telecom room, a roadside cabinet. Add the first one to start building your inventory.</source>
        <translation>站点是放置边缘设备的地方：数据中心、通信机房、路边机柜。添加第一个站点，开始建立您的资产清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Site…</source>
        <translation>添加站点…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;This is demo data.&lt;/b&gt; %1 of the sites shown (and their cabinets, nodes and devices) were created to show how the console works. Remove them when you start entering your own estate.</source>
        <translation>&lt;b&gt;这是演示数据。&lt;/b&gt;所示站点中有 %1 个（及其机柜、节点和设备）是为演示控制台的用法而创建的。开始录入您自己的资产时，请将其删除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 in total</source>
        <translation>共 %1 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added the site &quot;%1&quot;.</source>
        <translation>已添加站点“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved the site &quot;%1&quot;.</source>
        <translation>已保存站点“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted the site &quot;%1&quot;.</source>
        <translation>已删除站点“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+27"/>
        <location line="+39"/>
        <source>Remove Demo Data</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Remove the demo data from this hub?</source>
        <translation>从此管理中心删除演示数据？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every region, site, cabinet, node and device marked as demo data is deleted, for every user of this hub. What you entered yourself stays.</source>
        <translation>所有标记为演示数据的区域、站点、机柜、节点和设备都将被删除，此管理中心的所有用户都将看不到它们。您自己录入的数据会保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed %1 demo entries.</source>
        <translation>已删除 %1 条演示数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo data was not removed: %1</source>
        <translation>演示数据未删除：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Site…</source>
        <translation>添加站点(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a site (%1)</source>
        <translation>添加站点（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Site…</source>
        <translation>编辑站点(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected site (%1)</source>
        <translation>编辑所选站点（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Site…</source>
        <translation>删除站点(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected site (%1)</source>
        <translation>删除所选站点（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find Sites</source>
        <translation>查找站点(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload Sites</source>
        <translation>重新加载站点(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, code, address or region (%1)</source>
        <translation>按名称、代码、地址或区域搜索（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only sites of one kind</source>
        <translation>只显示一种类型的站点</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SurveyDialog</name>
    <message>
        <location filename="../widgets/dialogs/surveydialog.cpp" line="+56"/>
        <source>New Survey</source>
        <translation>新建勘察</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Survey</source>
        <translation>编辑勘察</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey %1</source>
        <translation>勘察 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Author:</source>
        <translation>勘察人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A (GB 50174-2017)</source>
        <translation>A 级（GB 50174-2017）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B (GB 50174-2017)</source>
        <translation>B 级（GB 50174-2017）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (GB 50174-2017)</source>
        <translation>C 级（GB 50174-2017）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site &amp;class:</source>
        <translation>机房等级(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zone %1 (GB 3096-2008)</source>
        <translation>%1 类区（GB 3096-2008）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise &amp;zone:</source>
        <translation>声环境功能区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (unverified numbers)</source>
        <translation>%1（数值未核实）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some numbers of this profile could not be checked against the published standard; results against them are marked unverified.</source>
        <translation>该标准中的部分数值未能与已发布的标准原文核对；按这些数值得出的结果标为“未核实”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Thermal profile:</source>
        <translation>温湿度标准(&amp;T)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default of each limit</source>
        <translation>各限值的默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value closer than this to a limit warns (in the limit&apos;s unit).</source>
        <translation>测量值与限值的差距小于此值时给出警告（单位同限值）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn margin:</source>
        <translation>预警余量(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>the site&apos;s</source>
        <translation>同站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Latitude:</source>
        <translation>纬度(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>经度(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Site&apos;s</source>
        <translation>使用站点坐标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use My Position</source>
        <translation>使用我的位置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start Survey</source>
        <translation>开始勘察</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The site has no coordinates. Enter them here, or add them to the site.</source>
        <translation>该站点没有坐标。请在此输入，或为站点添加坐标。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Finding this machine&apos;s position…</source>
        <translation>正在获取本机位置…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position from this machine&apos;s positioning source.</source>
        <translation>位置来自本机的定位源。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No positioning source is available on this machine (or it gave no position). Enter the coordinates, or use the site&apos;s.</source>
        <translation>本机没有可用的定位源（或未给出位置）。请输入坐标，或使用站点坐标。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 must be a number.</source>
        <translation>%1必须是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warn margin</source>
        <translation>预警余量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Someone else changed this survey after you opened it. Close this dialog and open it again to see their changes.</source>
        <translation>在您打开后，其他人修改了此勘察。请关闭此对话框并重新打开以查看其修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not change surveys: your role only allows viewing. (%1)</source>
        <translation>您不能修改勘察：您的角色只允许查看。（%1）</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SurveyPage</name>
    <message>
        <location filename="../widgets/views/surveypage.cpp" line="+98"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1382"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="-1381"/>
        <source>Hazards</source>
        <translation>危险源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site facts</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1386"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="-1137"/>
        <source>Wrote the survey report %1.</source>
        <translation>已写入勘察报告 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the item &quot;%1&quot;?</source>
        <translation>删除条目“%1”？</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not load the surveys: %1</source>
        <translation>无法加载勘察：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1017"/>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location line="-1003"/>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Could not load the survey: %1</source>
        <translation>无法加载该勘察：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not connected to a hub.</source>
        <translation>未连接到管理中心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No surveys yet. A survey records a site&apos;s temperature, noise, distances to hazards and facts, and checks them against the standards. Start one with New Survey.</source>
        <translation>还没有勘察。勘察记录站点的温度、噪声、与危险源的距离和站点信息，并按标准逐项检查。点击“新建勘察”开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a survey on the left.</source>
        <translation>请在左侧选择一个勘察。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the survey…</source>
        <translation>正在加载勘察…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author: %1 · Started: %2 · Finished: %3 · Status: %4</source>
        <translation>勘察人：%1 · 开始：%2 · 结束：%3 · 状态：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class: %1 · Noise zone: %2 · Thermal profile: %3 · Warn margin: %4</source>
        <translation>等级：%1 · 声环境功能区：%2 · 温湿度标准：%3 · 预警余量：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (distances cannot be checked)</source>
        <translation>无（无法检查距离）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (unverified)</source>
        <translation>%1（未核实）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified limit: confidence %1. %2</source>
        <translation>未核实的限值：可信度 %1。%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdict: %1 — %2 pass, %3 warn, %4 fail, %5 not measured</source>
        <translation>结论：%1 — %2 项通过，%3 项警告，%4 项不通过，%5 项未测量</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Problems:&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No readings yet: import a CSV file or poll a sensor.</source>
        <translation>还没有读数：请导入 CSV 文件或读取传感器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 readings from %2 source(s), %3 to %4</source>
        <translation>%1 条读数，来自 %2 个来源，%3 至 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temperature: min %1 °C, max %2 °C, mean %3 °C</source>
        <translation>温度：最低 %1 °C，最高 %2 °C，平均 %3 °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dew point: %1 to %2 °C · Relative humidity: %3 to %4 %RH</source>
        <translation>露点：%1 至 %2 °C · 相对湿度：%3 至 %4 %RH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest change: %1 °C within an hour, %2 °C within 15 minutes</source>
        <translation>最大变化：一小时内 %1 °C，15 分钟内 %2 °C</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>昼间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrated (%1 dB offset)</source>
        <translation>已校准（偏移 %1 dB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not calibrated (dBFS)</source>
        <translation>未校准（dBFS）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>near a sensitive building</source>
        <translation>靠近噪声敏感建筑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machine room</source>
        <translation>机房内</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no rule</source>
        <translation>无规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(shall)</source>
        <translation>（应）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(should)</source>
        <translation>（宜）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 readings</source>
        <translation>%1 条读数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hazards</source>
        <translation>%1 个危险源</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your role (%1) may only view surveys.</source>
        <translation>您的角色（%1）只能查看勘察。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This survey is final: nothing can be added to it.</source>
        <translation>该勘察已定稿：不能再添加任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+161"/>
        <source>Items of a final survey cannot be deleted.</source>
        <translation>已定稿勘察的条目不能删除。</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Delete the chosen item</source>
        <translation>删除所选条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This survey is final (finished %1): it is read-only. Start a new survey to measure again.</source>
        <translation>该勘察已定稿（完成于 %1）：只读。如需重新测量，请新建勘察。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Started the survey &quot;%1&quot;.</source>
        <translation>已开始勘察“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved the survey &quot;%1&quot;.</source>
        <translation>已保存勘察“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Finish Survey</source>
        <translation>完成勘察</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Finish the survey &quot;%1&quot;?</source>
        <translation>完成勘察“%1”？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A final survey is read-only: no readings, measurements, hazards, photos or notes can be added to it afterwards.</source>
        <translation>定稿的勘察为只读：之后不能再添加读数、测量、危险源、照片或备注。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+171"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+7"/>
        <source>Delete Survey</source>
        <translation>删除勘察</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the survey &quot;%1&quot;?</source>
        <translation>删除勘察“%1”？</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The survey and its %n item(s) are deleted for every user of this hub.</source>
        <translation>
            <numerusform>该勘察及其 %n 个条目将对此管理中心的所有用户删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The survey was not finished: %1</source>
        <translation>勘察未能完成：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished the survey &quot;%1&quot;.</source>
        <translation>已完成勘察“%1”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The survey was not deleted: %1</source>
        <translation>勘察未能删除：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the survey &quot;%1&quot;.</source>
        <translation>已删除勘察“%1”。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The item was not deleted: %1</source>
        <translation>条目未能删除：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+71"/>
        <location line="+77"/>
        <source>Choose a survey first.</source>
        <translation>请先选择一个勘察。</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1 was not added: %2</source>
        <translation>未能添加%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 as &quot;%2&quot;.</source>
        <translation>已添加%1，名为“%2”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no readings.</source>
        <translation>%1 中没有读数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 readings from %2</source>
        <translation>来自 %2 的 %1 条读数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 hazards from %2</source>
        <translation>来自 %2 的 %1 个危险源</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Analysing %1…</source>
        <translation>正在分析 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+260"/>
        <location line="+5"/>
        <source>Import Noise</source>
        <translation>导入噪声</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>The noise import was cancelled; nothing was added.</source>
        <translation>噪声导入已取消，未添加任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the noise measurement %1</source>
        <translation>噪声测量 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a note</source>
        <translation>一条备注</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a reading of %1 °C</source>
        <translation>一条 %1 °C 的读数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the hazard, e.g. &quot;G4 expressway&quot;.</source>
        <translation>请为危险源命名，例如“G4 高速公路”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the hazard &quot;%1&quot;</source>
        <translation>危险源“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter Reading</source>
        <translation>录入读数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative humidity:</source>
        <translation>相对湿度：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter Hazard</source>
        <translation>录入危险源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. G4 expressway</source>
        <translation>例如 G4 高速公路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Latitude (nearest point):</source>
        <translation>纬度（最近点）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude (nearest point):</source>
        <translation>经度（最近点）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Readings</source>
        <translation>导入读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Hazards</source>
        <translation>导入危险源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard files (*.csv *.geojson *.json);;All files (*)</source>
        <translation>危险源文件 (*.csv *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Add Photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <source>WAV files (*.wav);;All files (*)</source>
        <translation>WAV 文件 (*.wav);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Day (06:00–22:00)</source>
        <translation>昼间（06:00–22:00）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night (22:00–06:00)</source>
        <translation>夜间（22:00–06:00）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent</source>
        <translation>频发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasional</source>
        <translation>偶发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night events:</source>
        <translation>夜间突发噪声：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than 1 m from a noise-sensitive building</source>
        <translation>距噪声敏感建筑不足 1 m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured in the machine room</source>
        <translation>在机房内测量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none: levels in dBFS</source>
        <translation>无：声级以 dBFS 表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibration WAV:</source>
        <translation>校准 WAV：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>94 dB</source>
        <translation>94 dB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>114 dB</source>
        <translation>114 dB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibrator level:</source>
        <translation>校准器声级：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A WAV file carries no calibration. To get dB instead of dBFS, give a recording of a sound calibrator made with the same microphone and gain.</source>
        <translation>WAV 文件不带校准信息。如需 dB 而不是 dBFS，请提供用同一麦克风和增益录制的声校准器录音。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calibration WAV</source>
        <translation>校准 WAV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site Survey</source>
        <translation>站点勘察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Survey…</source>
        <translation>新建勘察(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Survey…</source>
        <translation>编辑勘察(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish Survey…</source>
        <translation>完成勘察(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Survey…</source>
        <translation>删除勘察(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Readings…</source>
        <translation>导入读数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll Sensor…</source>
        <translation>读取传感器…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Noise…</source>
        <translation>导入噪声…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure Noise…</source>
        <translation>测量噪声…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Hazards…</source>
        <translation>导入危险源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site Facts…</source>
        <translation>站点信息…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Reading…</source>
        <translation>录入读数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Hazard…</source>
        <translation>录入危险源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Item…</source>
        <translation>删除条目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>勘察</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distances</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>测量条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hazard</source>
        <translation>危险源</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SurveyReportDialog</name>
    <message>
        <location filename="../widgets/dialogs/surveyreportdialog.cpp" line="+125"/>
        <source>Save the survey report</source>
        <translation>保存勘察报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose where to write the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the survey…</source>
        <translation>正在加载勘察…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Survey report: %1</source>
        <translation>勘察报告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report lists every check of the survey with its standard, the charts, photos and notes, and lines to sign. It stores nothing in the survey.</source>
        <translation>报告列出勘察的每项检查及其标准、图表、照片和备注，并留有签字栏。它不会在勘察中存储任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SyncDialog</name>
    <message>
        <location filename="../widgets/dialogs/syncdialog.cpp" line="+78"/>
        <source>Sync with a Hub</source>
        <translation>与管理中心同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the changes made in this console to a hub and get everyone else&apos;s. The connection is encrypted (TLS); the hub&apos;s certificate must be signed by the CA you choose. Your password is used to sign in once and is not stored; the console then syncs by itself while it runs.</source>
        <translation>将本控制台中的更改发送到管理中心，并获取其他人的更改。连接经过加密（TLS）；管理中心的证书必须由您选择的 CA 签发。密码仅用于登录一次，不会被保存；之后控制台在运行期间会自动同步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hub address:</source>
        <translation>管理中心地址(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port, e.g. hub.example.com:7443</source>
        <translation>主机:端口，例如 hub.example.com:7443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM file, e.g. /etc/edge/ca.pem</source>
        <translation>PEM 文件，例如 /etc/edge/ca.pem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign In and Sync</source>
        <translation>登录并同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose the CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing in and syncing…</source>
        <translation>正在登录并同步…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose the CA certificate (a PEM file) that signed the hub&apos;s certificate.</source>
        <translation>请选择签发管理中心证书的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>CA 证书“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your user name on that hub.</source>
        <translation>请输入您在该管理中心上的用户名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A sync is running; wait until it has finished.</source>
        <translation>同步正在进行，请等待其完成。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SyncStatusWidget</name>
    <message>
        <location filename="../widgets/views/syncstatuswidget.cpp" line="+21"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced just now</source>
        <translation>刚刚已同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1 min ago</source>
        <translation>%1 分钟前已同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1 h ago</source>
        <translation>%1 小时前已同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced on %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sync hub is set. Choose Sync ▸ Sync Now to set one.</source>
        <translation>尚未设置同步管理中心。请选择“同步 ▸ 立即同步”进行设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync hub %1: not reachable right now.</source>
        <translation>同步管理中心 %1：当前无法连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync hub %1: reachable; choose Sync Now to sign in and sync.</source>
        <translation>同步管理中心 %1：可连接；选择“立即同步”以登录并同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync hub %1: reachable; syncs automatically.</source>
        <translation>同步管理中心 %1：可连接；将自动同步。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pending</source>
        <translation>%1 项待同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made here that the sync hub does not have yet.</source>
        <translation>在此处所做、同步管理中心尚未获得的更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub not reachable</source>
        <translation>管理中心不可达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync hub %1 does not answer. Work goes on here; the console syncs when the hub answers again.</source>
        <translation>同步管理中心 %1 没有响应。可以继续在本机工作；管理中心恢复响应后，控制台会自动同步。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the batch in flight; the next sync continues from there.</source>
        <translation>在当前批次完成后停止；下次同步将从该处继续。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::TimeRangeSelector</name>
    <message>
        <location filename="../widgets/common/timerangeselector.cpp" line="+45"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Time range:</source>
        <translation>时间范围(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>edge::widgets::WorkloadsModel</name>
    <message>
        <location filename="../widgets/models/workloadsmodel.cpp" line="+47"/>
        <source>no check</source>
        <translation>无检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>edge_agent</name>
    <message>
        <location filename="../app/agent/main.cpp" line="+47"/>
        <source>Run &apos;edge-agent --help&apos; for the options.</source>
        <translation>运行“edge-agent --help”查看选项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The node is not enrolled yet: pass --ca FILE (the hub&apos;s ca.pem) with the bootstrap token.</source>
        <translation>节点尚未注册：请与引导令牌一起传入 --ca FILE（管理中心的 ca.pem）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrollment at %1 failed: %2</source>
        <translation>在 %1 注册失败：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The EdgeConsole node agent: runs the containers the hub assigns to this node.</source>
        <translation>EdgeConsole 节点代理：运行管理中心分配给本节点的容器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s data directory.</source>
        <translation>代理的数据目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub&apos;s address.</source>
        <translation>管理中心的地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub&apos;s CA certificate (its ca.pem), for enrollment.</source>
        <translation>管理中心的 CA 证书（其 ca.pem），用于注册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>One-time bootstrap token (prefer --token-file).</source>
        <translation>一次性引导令牌（建议使用 --token-file）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOKEN</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file holding the bootstrap token.</source>
        <translation>存放引导令牌的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node&apos;s name (default: the host name).</source>
        <translation>节点名称（默认：主机名）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration file (key = value lines).</source>
        <translation>配置文件（“键 = 值”行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman&apos;s API socket.</source>
        <translation>Podman 的 API 套接字。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll, then exit.</source>
        <translation>注册后退出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The node is not enrolled yet: pass a bootstrap token with --token-file FILE (or --token), made with &apos;edgectl token create&apos;.</source>
        <translation>节点尚未注册：请用 --token-file FILE（或 --token）传入由“edgectl token create”生成的引导令牌。</translation>
    </message>
</context>
<context>
    <name>edge_hub</name>
    <message>
        <location filename="../app/hub/main.cpp" line="+64"/>
        <source>Run &apos;edge-hub --help&apos; for the options.</source>
        <translation>运行“edge-hub --help”查看可用选项。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The EdgeConsole hub: serves the inventory of regions, sites, cabinets, nodes and devices to consoles and edgectl over gRPC with TLS.

On its first start it creates the data directory, a certificate authority (ca.pem: give it to every client) and the user &apos;admin&apos;. The admin password comes from the environment variable EDGE_ADMIN_PASSWORD, or is generated and printed once.</source>
        <translation>EdgeConsole 管理中心：通过基于 TLS 的 gRPC 向控制台和 edgectl 提供区域、站点、机柜、节点和设备的清单数据。

首次启动时，它会创建数据目录、证书颁发机构（ca.pem：请分发给每个客户端）以及用户“admin”。admin 的密码取自环境变量 EDGE_ADMIN_PASSWORD；若未设置，则自动生成并仅打印一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data directory (database, CA, certificates).</source>
        <translation>数据目录（数据库、CA、证书）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address to listen on with TLS, e.g. 0.0.0.0:7443; port 0 picks a free port.</source>
        <translation>使用 TLS 监听的地址，例如 0.0.0.0:7443；端口为 0 时自动选择空闲端口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another host name or IP address clients use to reach the hub, for its TLS certificate. May be repeated.</source>
        <translation>客户端访问管理中心时使用的其他主机名或 IP 地址，将写入其 TLS 证书。可重复指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a sign-in lasts, in seconds (default 43200, 12 hours).</source>
        <translation>登录的有效时长，以秒为单位（默认 43200，即 12 小时）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often edge agents send a heartbeat, in milliseconds (default 10000); a node shows as stale after two missed intervals.</source>
        <translation>边缘代理发送心跳的间隔（毫秒，默认 10000）；错过两个间隔后节点显示为心跳超时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the certificates of edge nodes are valid, e.g. 30d, 12h, 90s (default 30d, from 60s to 365d); agents renew theirs at two thirds of it.</source>
        <translation>边缘节点证书的有效期，例如 30d、12h、90s（默认 30d，范围 60s 到 365d）；代理在有效期过去三分之二时续期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the data directory with --data DIR.</source>
        <translation>请使用 --data DIR 指定数据目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the address to listen on with --listen HOST:PORT.</source>
        <translation>请使用 --listen HOST:PORT 指定监听地址。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--session-ttl takes a number of seconds from 1 to 31622400, not &apos;%1&apos;.</source>
        <translation>--session-ttl 需要 1 到 31622400 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--heartbeat-interval takes a number of milliseconds from 100 to 3600000, not &apos;%1&apos;.</source>
        <translation>--heartbeat-interval 须为 100 到 3600000 之间的毫秒数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--node-certificate-validity takes a duration from 60s to 365d (e.g. 30d, 12h, 90s), not &apos;%1&apos;.</source>
        <translation>--node-certificate-validity 须为 60s 到 365d 之间的时长（例如 30d、12h、90s），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>edge-hub: cannot install the signal handlers.</source>
        <translation>edge-hub：无法安装信号处理程序。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>edge-hub listening on %1 (TLS), CA: %2</source>
        <translation>edge-hub 正在 %1 上监听（TLS），CA：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated password for the user &apos;admin&apos;: %1</source>
        <translation>为用户“admin”生成的密码：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is shown only this once. Sign in as admin and change it now.</source>
        <translation>此密码仅显示这一次。请以 admin 身份登录并立即修改。</translation>
    </message>
</context>
<context>
    <name>edgectl</name>
    <message>
        <location filename="../app/edgectl/accountcommands.cpp" line="+42"/>
        <source>unknown role &apos;%1&apos;; use viewer, operator or admin</source>
        <translation>未知的角色“%1”；请使用 viewer、operator 或 admin</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+498"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/edgectl/connection.cpp" line="+52"/>
        <source>there is nothing to log in to with --data: you work on the local store as its administrator</source>
        <translation>使用 --data 时无需登录：您将以管理员身份直接操作本地存储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login needs --hub HOST:PORT (and --ca FILE)</source>
        <translation>login 需要 --hub HOST:PORT（以及 --ca FILE）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login needs --user NAME</source>
        <translation>login 需要 --user NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/edgectl/synccommands.cpp" line="-304"/>
        <source>Password for %1 at %2: </source>
        <translation>%1 在 %2 上的密码： </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Logged in to %1 as %2 (%3), until %4.</source>
        <translation>已以 %2（%3）身份登录 %1，有效期至 %4。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is nothing to log out of with --data</source>
        <translation>使用 --data 时无需退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logout needs --hub HOST:PORT</source>
        <translation>logout 需要 --hub HOST:PORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not logged in to %1.</source>
        <translation>未登录 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub did not confirm the logout (%1); the saved sign-in is removed anyway.</source>
        <translation>管理中心未确认退出登录（%1）；已保存的登录信息仍已被删除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logged out of %1 (%2).</source>
        <translation>已从 %1 退出登录（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not logged in to %2.</source>
        <translation>%1 未登录 %2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <location filename="../app/edgectl/kinds.cpp" line="+109"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Local store</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+116"/>
        <source>Hub</source>
        <translation>管理中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in until</source>
        <translation>登录有效期至</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+326"/>
        <location line="+33"/>
        <location filename="../app/edgectl/kinds.cpp" line="+87"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+330"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-103"/>
        <location filename="../app/edgectl/kinds.cpp" line="+74"/>
        <location filename="../app/edgectl/surveylimits.cpp" line="+137"/>
        <location line="+28"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/bundlecommands.cpp" line="+60"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+70"/>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+71"/>
        <location line="+33"/>
        <location filename="../app/edgectl/entitycommands.cpp" line="+444"/>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up for</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+180"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--name is required</source>
        <translation>--name 为必填项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--role is required (viewer, operator or admin)</source>
        <translation>--role 为必填项（viewer、operator 或 admin）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password for the new user %1: </source>
        <translation>新用户 %1 的密码： </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created user %1 (%2).</source>
        <translation>已创建用户 %1（%2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/kinds.cpp" line="-249"/>
        <location line="+15"/>
        <location line="+33"/>
        <location line="+37"/>
        <location line="+44"/>
        <location line="+43"/>
        <location line="+49"/>
        <location line="+22"/>
        <location filename="../app/edgectl/surveydistance.cpp" line="+132"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+35"/>
        <location filename="../app/edgectl/entitycommands.cpp" line="+255"/>
        <location filename="../app/edgectl/nodecommands.cpp" line="+146"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --disable or --enable, not both</source>
        <translation>--disable 和 --enable 只能指定其一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing to change: give --role, --display-name, --disable or --enable</source>
        <translation>没有要修改的内容：请指定 --role、--display-name、--disable 或 --enable</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Updated user %1.</source>
        <translation>已更新用户 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed the password of %1.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed user %1.</source>
        <translation>已删除用户 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a user (admin only).</source>
        <translation>创建用户（仅限管理员）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password comes from EDGE_PASSWORD, --password-stdin, or a prompt on the terminal (asked twice); at least 8 characters.</source>
        <translation>密码取自 EDGE_PASSWORD、--password-stdin 或终端提示输入（需输入两次）；至少 8 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login name: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>登录名：小写字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>viewer, operator or admin.</source>
        <translation>viewer、operator 或 admin。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Name shown to people.</source>
        <translation>向他人显示的名称。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>List the users.</source>
        <translation>列出用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change a user&apos;s role, display name or state.</source>
        <translation>修改用户的角色、显示名称或状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop the user from signing in.</source>
        <translation>禁止该用户登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let a disabled user sign in again.</source>
        <translation>允许已禁用的用户重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a user&apos;s password (your own when NAME is left out).</source>
        <translation>设置用户密码（省略 NAME 时设置您自己的密码）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password comes from EDGE_PASSWORD, --password-stdin, or a prompt on the terminal (asked twice).</source>
        <translation>密码取自 EDGE_PASSWORD、--password-stdin 或终端提示输入（需输入两次）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a user.</source>
        <translation>删除用户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to a remote hub and save the token for later commands.</source>
        <translation>登录远程管理中心，并保存令牌供后续命令使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs --hub, --ca and --user. The password comes from EDGE_PASSWORD, --password-stdin, or a prompt on the terminal (never echoed). The token is saved, readable only by you, under $XDG_CONFIG_HOME/edgeconsole/tokens/ (or ~/.config/edgeconsole/tokens/).</source>
        <translation>需要 --hub、--ca 和 --user。密码取自 EDGE_PASSWORD、--password-stdin 或终端提示输入（不回显）。令牌保存在 $XDG_CONFIG_HOME/edgeconsole/tokens/（或 ~/.config/edgeconsole/tokens/）下，仅您本人可读。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign out of a remote hub and remove the saved token.</source>
        <translation>退出远程管理中心的登录，并删除已保存的令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show who you are signed in as.</source>
        <translation>显示当前登录的身份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the hub&apos;s health.</source>
        <translation>显示管理中心的健康状态。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/args.cpp" line="+49"/>
        <location line="+5"/>
        <source>unknown option</source>
        <translation>未知选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>takes no value</source>
        <translation>不接受值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs a value (%1)</source>
        <translation>需要一个值（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was given more than once</source>
        <translation>指定了多次</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(repeatable)</source>
        <translation>（可重复）</translation>
    </message>
    <message>
        <location filename="../app/edgectl/cli.cpp" line="+48"/>
        <source>Work offline on the local store in DIR (created if missing).</source>
        <translation>离线操作 DIR 中的本地存储（不存在时自动创建）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk to a remote hub over TLS.</source>
        <translation>通过 TLS 连接远程管理中心。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote hub&apos;s CA certificate (PEM); remembered at login.</source>
        <translation>远程管理中心的 CA 证书（PEM）；登录时会记住。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who logs in, or whose saved sign-in to use (default: the last login).</source>
        <translation>登录的用户，或要使用其已保存登录信息的用户（默认：最近一次登录的用户）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable JSON (never translated).</source>
        <translation>输出机器可读的 JSON（从不翻译）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: edgectl [global options] COMMAND [arguments] [options]</source>
        <translation>用法：edgectl [global options] COMMAND [arguments] [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manages the inventory of an EdgeConsole hub: regions, sites, cabinets, nodes and devices, and its users.</source>
        <translation>维护 EdgeConsole 管理中心的资产清单（区域、站点、机柜、节点和设备）及其用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Users of the hub and their roles.</source>
        <translation>管理中心的用户及其角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove the demo estate.</source>
        <translation>添加或删除演示资产。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time bootstrap tokens that enroll edge nodes.</source>
        <translation>用于注册边缘节点的一次性引导令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The containers a node should run.</source>
        <translation>节点应运行的容器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container images for nodes without a registry.</source>
        <translation>供无法访问镜像仓库的节点使用的容器镜像。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+39"/>
        <source>Global options (before or after the command):</source>
        <translation>全局选项（可放在命令之前或之后）：</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Offline field mode: --data DIR opens the store in DIR directly, as its administrator. Remote mode: --hub HOST:PORT --ca FILE, after &apos;edgectl --hub HOST:PORT --ca FILE login --user NAME&apos; (password from EDGE_PASSWORD or a prompt).</source>
        <translation>离线现场模式：--data DIR 以管理员身份直接打开 DIR 中的存储。远程模式：先执行“edgectl --hub HOST:PORT --ca FILE login --user NAME”（密码取自 EDGE_PASSWORD 或提示输入），然后使用 --hub HOST:PORT --ca FILE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;edgectl COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“edgectl COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 1 error, 2 usage error.</source>
        <translation>退出状态：0 成功，1 出错，2 用法错误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: edgectl [global options] %1 ACTION [arguments] [options]</source>
        <translation>用法：edgectl [global options] %1 ACTION [arguments] [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &apos;edgectl %1 ACTION --help&apos; for the options of an action.</source>
        <translation>运行“edgectl %1 ACTION --help”查看某个操作的选项。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+39"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+41"/>
        <source>Run &apos;edgectl --help&apos; for the commands.</source>
        <translation>运行“edgectl --help”查看命令列表。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; needs an action</source>
        <translation>“%1”需要指定操作</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown action &apos;%1&apos;</source>
        <translation>未知操作“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+66"/>
        <location line="+25"/>
        <source>Try &apos;edgectl %1 --help&apos;.</source>
        <translation>请尝试“edgectl %1 --help”。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location filename="../app/edgectl/connection.cpp" line="-9"/>
        <source>give either --data or --hub, not both</source>
        <translation>--data 和 --hub 只能指定其一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no hub chosen: give --data DIR to work on a local store, or --hub HOST:PORT --ca FILE for a remote hub</source>
        <translation>未选择管理中心：使用 --data DIR 操作本地存储，或使用 --hub HOST:PORT --ca FILE 连接远程管理中心</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the data directory %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--hub needs --ca FILE: the hub&apos;s CA certificate (edge-hub prints its path when it starts)</source>
        <translation>--hub 需要 --ca FILE：管理中心的 CA 证书（edge-hub 启动时会输出其路径）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not logged in to %1. Log in first: %2</source>
        <translation>您尚未登录 %1。请先登录：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not logged in to %2. Log in first: %3</source>
        <translation>%1 尚未登录 %2。请先登录：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in of %1 to %2 has expired. Log in again: %3</source>
        <translation>%1 在 %2 的登录已过期。请重新登录：%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in of %1 to %2 has expired or is no longer valid. Log in again: %3</source>
        <translation>%1 在 %2 的登录已过期或已失效。请重新登录：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Log in first: %2</source>
        <translation>%1 请先登录：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied: %1</source>
        <translation>权限不足：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(signed in as %1)</source>
        <translation>（当前登录身份：%1）</translation>
    </message>
    <message>
        <location filename="../app/edgectl/democommands.cpp" line="+21"/>
        <source>The demo estate is already there. Remove it first with &apos;edgectl demo remove&apos;.</source>
        <translation>演示资产已存在。请先使用“edgectl demo remove”将其删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created the demo estate: %1 entities, all marked as demo data.</source>
        <translation>已创建演示资产：共 %1 个对象，均已标记为演示数据。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed %1 demo entities.</source>
        <translation>已删除 %1 个演示对象。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the demo estate: regions, sites, cabinets, nodes and devices.</source>
        <translation>添加演示资产：区域、站点、机柜、节点和设备。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every demo entity is marked as demo data and its addresses are documentation addresses that are never contacted. Seeding again while the demo estate is there fails and changes nothing.</source>
        <translation>每个演示对象都标记为演示数据，其地址均为文档示例地址，不会被实际连接。演示资产已存在时再次创建会失败，且不做任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove every entity marked as demo data.</source>
        <translation>删除所有标记为演示数据的对象。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/entitycommands.cpp" line="-603"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 不是有效的 JSON：%2（位置 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must hold a JSON object of settings, e.g. {&quot;unit_id&quot;: 3}</source>
        <translation>%1 必须是设置的 JSON 对象，例如 {&quot;unit_id&quot;: 3}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>give an id or a name (to unset it, use --clear %1)</source>
        <translation>请指定 ID 或名称（如需取消设置，请使用 --clear %1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not KEY=VALUE (or KEY- to remove a label)</source>
        <translation>“%1”不是 KEY=VALUE 格式（或使用 KEY- 删除标签）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>“%1”不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&apos;%1&apos; is not KEY=VALUE (or KEY- to remove a setting)</source>
        <translation>“%1”不是 KEY=VALUE（或用 KEY- 删除设置）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot clear &apos;%1&apos;; fields: %2</source>
        <translation>无法清除“%1”；可清除的字段：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is both set and cleared</source>
        <translation>%1 不能同时设置和清除</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+74"/>
        <location filename="../app/edgectl/reportcommands.cpp" line="+74"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../app/edgectl/reportcommands.cpp" line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+258"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Created %1 &apos;%2&apos; (id %3).</source>
        <translation>已创建 %1“%2”（ID %3）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing to change: give the fields to change, or --clear FIELD</source>
        <translation>没有要修改的内容：请指定要修改的字段，或使用 --clear FIELD</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 &apos;%2&apos; was changed by someone else just now; look at it again and retry.</source>
        <translation>%1“%2”刚刚被其他人修改；请重新查看后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updated %1 &apos;%2&apos;.</source>
        <translation>已更新 %1“%2”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use --cascade to remove it together with everything in it.</source>
        <translation>使用 --cascade 可将其连同其中的所有内容一并删除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed %1 &apos;%2&apos;.</source>
        <translation>已删除 %1“%2”。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Warning: the hub did not report node presence: %1</source>
        <translation>警告：管理中心未报告节点在线状态：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No %1 matches.</source>
        <translation>没有匹配的 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/edgectl/nodecommands.cpp" line="+1"/>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate expires</source>
        <translation>证书到期</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The %1 it is in (names are unique only within one %1).</source>
        <translation>所属的 %1（名称仅在同一 %1 内唯一）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --json the %1 is printed as one object: id, entity, revision and every field by its schema name.</source>
        <translation>使用 --json 时，%1 以单个对象输出：包含 id、entity、revision，以及以 schema 字段名为键的所有字段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a %1.</source>
        <translation>创建 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List %1s, optionally filtered.</source>
        <translation>列出 %1，可按条件筛选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --json: a JSON array of objects (see &apos;edgectl %1 show --help&apos;).</source>
        <translation>使用 --json 时：输出对象组成的 JSON 数组（参见“edgectl %1 show --help”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries whose name, code, address, model or serial contain TEXT (case-insensitive).</source>
        <translation>仅显示名称、代码、地址、型号或序列号中包含 TEXT 的条目（不区分大小写）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only entries in this %1.</source>
        <translation>仅显示属于此 %1 的条目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only entries with this label.</source>
        <translation>仅显示带有此标签的条目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries with this %1.</source>
        <translation>仅显示 %1 为此值的条目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show one %1.</source>
        <translation>显示一个 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change a %1: only the fields given change.</source>
        <translation>修改 %1：仅修改指定的字段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unset a field (its option name, e.g. --clear notes).</source>
        <translation>取消设置某个字段（使用其选项名，例如 --clear notes）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove a %1.</source>
        <translation>删除 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also remove everything in it (cabinets, nodes, devices).</source>
        <translation>同时删除其中的所有内容（机柜、节点、设备）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/kinds.cpp" line="-246"/>
        <source>Regions that group sites (e.g. South China).</source>
        <translation>区域：对站点进行分组（例如华南）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region name.</source>
        <translation>区域名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Short code: upper-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>短代码：大写字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Free-text description.</source>
        <translation>自由文本描述。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sites: the cloud centre, data centres and cabinet sites.</source>
        <translation>站点：云中心、数据中心和机柜站点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name.</source>
        <translation>站点名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-centre, cloud-edge-dc, end-edge-dc or cabinet-site.</source>
        <translation>cloud-centre、cloud-edge-dc、end-edge-dc 或 cabinet-site。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <location line="+91"/>
        <location filename="../app/edgectl/surveydistance.cpp" line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Region (id or name).</source>
        <translation>区域（ID 或名称）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal address.</source>
        <translation>邮寄地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Latitude, WGS84 degrees (-90..90).</source>
        <translation>纬度，WGS84 度数（-90..90）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Longitude, WGS84 degrees (-180..180).</source>
        <translation>经度，WGS84 度数（-180..180）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+34"/>
        <location line="+136"/>
        <location line="+53"/>
        <source>Free-text notes.</source>
        <translation>自由文本备注。</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+34"/>
        <location line="+136"/>
        <location line="+53"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Cabinets and racks at a site.</source>
        <translation>站点中的机柜和机架。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location line="+44"/>
        <location line="+46"/>
        <source>Site (id or name).</source>
        <translation>站点（ID 或名称）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-38"/>
        <location filename="../app/edgectl/kinds.cpp" line="-123"/>
        <location line="+34"/>
        <location line="+44"/>
        <location line="+46"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="-1"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../app/edgectl/kinds.cpp" line="-122"/>
        <source>Cabinet name (unique within its site).</source>
        <translation>机柜名称（在所属站点内唯一）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Height in rack units (1..60), e.g. 24 or 42.</source>
        <translation>高度，单位为 U（1..60），例如 24 或 42。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height (U)</source>
        <translation>高度（U）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depth in millimetres (300..1500).</source>
        <translation>深度，单位为毫米（300..1500）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth (mm)</source>
        <translation>深度（mm）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in millimetres (300..1200).</source>
        <translation>宽度，单位为毫米（300..1200）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width (mm)</source>
        <translation>宽度（mm）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>Model.</source>
        <translation>型号。</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+46"/>
        <location line="+39"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+46"/>
        <location line="+39"/>
        <source>Serial number.</source>
        <translation>序列号。</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+46"/>
        <location line="+39"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Built-in components, comma-separated: server, switch, pdu, ups, battery, air-conditioner, emergency-fan, monitoring-display, env-gateway, smoke-sensor, temp-humidity-sensor, water-sensor, lighting, door-sensor.</source>
        <translation>内置组件，以逗号分隔：server、switch、pdu、ups、battery、air-conditioner、emergency-fan、monitoring-display、env-gateway、smoke-sensor、temp-humidity-sensor、water-sensor、lighting、door-sensor。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nodes: edge servers, gateways, storage and controllers.</source>
        <translation>节点：边缘服务器、网关、存储和控制器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>Cabinet (id, or name within the site).</source>
        <translation>机柜（ID，或站点内的名称）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-1"/>
        <location filename="../app/edgectl/kinds.cpp" line="-43"/>
        <location line="+44"/>
        <source>Cabinet</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location filename="../app/edgectl/kinds.cpp" line="-42"/>
        <source>Host name (letters, digits, &apos;-&apos;, dots).</source>
        <translation>主机名（字母、数字、“-”、点号）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edge-server, gateway, storage or controller.</source>
        <translation>edge-server、gateway、storage 或 controller。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of CPU cores.</source>
        <translation>CPU 核数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory in MiB.</source>
        <translation>内存，单位为 MiB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (MB)</source>
        <translation>内存（MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk in GB.</source>
        <translation>磁盘，单位为 GB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk (GB)</source>
        <translation>磁盘（GB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU architecture, e.g. x86_64 or aarch64.</source>
        <translation>CPU 架构，例如 x86_64 或 aarch64。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU model.</source>
        <translation>CPU 型号。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware vendor.</source>
        <translation>硬件厂商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware model.</source>
        <translation>硬件型号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management address (host name or IP).</source>
        <translation>管理地址（主机名或 IP）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management address</source>
        <translation>管理地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label; in edit, KEY- removes the label KEY.</source>
        <translation>标签；在 edit 中，KEY- 表示删除标签 KEY。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices: UPS, PDU, air conditioners, switches and sensors.</source>
        <translation>设备：UPS、PDU、空调、交换机和传感器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device name (unique within its site).</source>
        <translation>设备名称（在所属站点内唯一）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ups, pdu, air-conditioner, switch, temp-humidity-sensor, smoke-sensor, water-sensor or door-sensor.</source>
        <translation>ups、pdu、air-conditioner、switch、temp-humidity-sensor、smoke-sensor、water-sensor 或 door-sensor。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, snmp, modbus-tcp or modbus-rtu.</source>
        <translation>none、snmp、modbus-tcp 或 modbus-rtu。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host[:port] for snmp and modbus-tcp, a serial device for modbus-rtu.</source>
        <translation>snmp 和 modbus-tcp 使用 host[:port]，modbus-rtu 使用串口设备。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A protocol setting, e.g. unit_id=3, preset=ID, snmp_version=3, user=NAME, timeout_ms=2000 (VALUE is JSON when it parses as a number or object); in edit, KEY- removes it. Secrets such as the community are not stored: they are asked for when a check runs.</source>
        <translation>协议设置，例如 unit_id=3、preset=ID、snmp_version=3、user=NAME、timeout_ms=2000（VALUE 可解析为数字或对象时按 JSON 处理）；编辑时 KEY- 删除该项。团体名等机密信息不保存：在运行检查时询问。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>All protocol settings from a JSON object file (--setting applies on top).</source>
        <translation>从 JSON 对象文件读取全部协议设置（--setting 在其上生效）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site surveys: temperature, noise, distances and site facts checked against the standards.</source>
        <translation>站点勘察：对照标准检查温度、噪声、距离和其他现场条件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey name (unique within its site).</source>
        <translation>勘察名称（在其站点内唯一）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft or final.</source>
        <translation>draft（草稿）或 final（定稿）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who surveyed the site.</source>
        <translation>勘察人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+30"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+2"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+0"/>
        <source>Author</source>
        <translation>勘察人</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>GB 50174-2017 class of the installation (A, B or C): sets the distance rules.</source>
        <translation>按 GB 50174-2017 的安装等级（A、B 或 C）：决定距离规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+1"/>
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature profile, e.g. ashrae-2021-recommended (&apos;edgectl survey temperature --profile list&apos; lists them).</source>
        <translation>温度规范，例如 ashrae-2021-recommended（“edgectl survey temperature --profile list”列出所有规范）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature profile</source>
        <translation>温度规范</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+68"/>
        <source>GB 3096-2008 noise zone: 0, 1, 2, 3, 4a or 4b.</source>
        <translation>GB 3096-2008 声环境功能区：0、1、2、3、4a 或 4b。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="-67"/>
        <source>Noise zone</source>
        <translation>声环境功能区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a value is inside its limit by less than N (in the limit&apos;s unit).</source>
        <translation>当数值在限值以内但距限值不足 N（限值的单位）时警告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warn margin</source>
        <translation>警告裕量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude where the survey was taken, if not the site&apos;s.</source>
        <translation>勘察地点的纬度（若与站点不同）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude where the survey was taken, if not the site&apos;s.</source>
        <translation>勘察地点的经度（若与站点不同）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measurements of a survey: readings, noise, hazards, site facts, photos and notes.</source>
        <translation>勘察中的测量：读数、噪声、危险源、现场条件、照片和备注。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey (id or name).</source>
        <translation>勘察（id 或名称）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="-5"/>
        <source>Survey</source>
        <translation>勘察</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item name (unique within its survey).</source>
        <translation>条目名称（在其勘察内唯一）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readings, noise, hazards, facts, photo, note or calibration.</source>
        <translation>readings、noise、hazards、facts、photo、note 或 calibration。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who took it.</source>
        <translation>测量人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The measurement as JSON (its shape depends on the kind).</source>
        <translation>以 JSON 表示的测量（结构取决于类型）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored versions of the user&apos;s limit sets (use &apos;edgectl survey limits&apos; to list, export and import them).</source>
        <translation>用户限值集的已保存版本（用“edgectl survey limits”列出、导出和导入）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version name: &quot;&lt;set id&gt; v&lt;version&gt;&quot;.</source>
        <translation>版本名称：“&lt;限值集 ID&gt; v&lt;版本&gt;”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit set id, e.g. ashrae-2021-recommended.</source>
        <translation>限值集 ID，例如 ashrae-2021-recommended。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>限值集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version (newer than every stored one).</source>
        <translation>版本（须比所有已保存版本新）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title.</source>
        <translation>标题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole set as limit-set JSON.</source>
        <translation>整个限值集（限值集 JSON 格式）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits</source>
        <translation>限值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made this version.</source>
        <translation>此版本的作者。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/password.cpp" line="+57"/>
        <source>Cannot read the password from the terminal.</source>
        <translation>无法从终端读取密码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No password was entered.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin：标准输入中没有密码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no password given: set EDGE_PASSWORD, use --password-stdin, or run on a terminal to be asked</source>
        <translation>未提供密码：请设置 EDGE_PASSWORD、使用 --password-stdin，或在终端中运行以便提示输入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the password: </source>
        <translation>再次输入密码： </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/tokenstore.cpp" line="+62"/>
        <source>Cannot create the directory %1: %2</source>
        <translation>无法创建目录 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot protect the directory %1: %2</source>
        <translation>无法保护目录 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No saved sign-in for %1 at %2.</source>
        <translation>没有 %1 在 %2 的已保存登录信息。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-155"/>
        <location filename="../app/edgectl/tokenstore.cpp" line="+1"/>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/edgectl/tokenstore.cpp" line="-10"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 can be read by other users, so it is not used. Run &apos;chmod 600 %1&apos; or log in again.</source>
        <translation>%1 可被其他用户读取，因此不予使用。请运行“chmod 600 %1”或重新登录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The saved sign-in in %1 is damaged; log in again.</source>
        <translation>%1 中保存的登录信息已损坏；请重新登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/edgectl/watchcommand.cpp" line="+68"/>
        <source>&apos;%1&apos; is not a revision (a whole number, 0 or more)</source>
        <translation>“%1”不是修订号（应为大于或等于 0 的整数）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot set up signal handling.</source>
        <translation>无法设置信号处理。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Watching changes after revision %1; press Ctrl+C to stop.</source>
        <translation>正在监视修订号 %1 之后的变更；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Print each change as it happens, one line per change, until Ctrl+C.</source>
        <translation>在变更发生时逐条输出，每个变更一行，直到按下 Ctrl+C。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without --from, only changes from now on are printed. Lines: REVISION OP KIND NAME [ID]. With --json, one JSON object per line: revision, op, kind, id, record.</source>
        <translation>不指定 --from 时，只输出从现在起的变更。每行格式：REVISION OP KIND NAME [ID]。使用 --json 时，每行输出一个 JSON 对象：revision、op、kind、id、record。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start after this store revision (0: replay every change).</source>
        <translation>从存储的此修订号之后开始（0：重放所有变更）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/enrollcommands.cpp" line="+34"/>
        <location filename="../app/edgectl/installcommands.cpp" line="+181"/>
        <source>Say which site the node joins: --site ID|NAME.</source>
        <translation>请指定节点加入的站点：--site ID|NAME。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ttl takes a duration such as 30m, 2h or 1d.</source>
        <translation>--ttl 需要一个时长，例如 30m、2h 或 1d。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bootstrap token for site %1, valid once until %2. It is shown only now.</source>
        <translation>站点 %1 的引导令牌，可使用一次，有效期至 %2。仅此一次显示。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue a one-time bootstrap token for enrolling an edge node.</source>
        <translation>签发用于注册边缘节点的一次性引导令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/edgectl/installcommands.cpp" line="-62"/>
        <source>The site the node joins.</source>
        <translation>节点加入的站点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the token stays valid (default 30m).</source>
        <translation>令牌的有效时长（默认 30m）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a node of this name may use the token.</source>
        <translation>仅允许此名称的节点使用该令牌。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+1190"/>
        <location filename="../app/edgectl/installcommands.cpp" line="-7"/>
        <source>SSH port (default 22).</source>
        <translation>SSH 端口（默认 22）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/installcommands.cpp" line="+1"/>
        <source>The user to log in as over SSH.</source>
        <translation>通过 SSH 登录所用的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key for the SSH login.</source>
        <translation>用于 SSH 登录的私钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a password: asked on the terminal (or one line on stdin, or EDGE_SSH_PASSWORD).</source>
        <translation>使用密码登录：在终端中询问（或从标准输入读取一行，或取自 EDGE_SSH_PASSWORD）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent package (.deb or .tar.gz) built by CPack.</source>
        <translation>由 CPack 构建的代理安装包（.deb 或 .tar.gz）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install into this directory as a supervised process (default: system-wide).</source>
        <translation>安装到此目录并作为受监管进程运行（默认：系统级安装）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub&apos;s address as the node reaches it (default: --hub).</source>
        <translation>节点访问管理中心所用的地址（默认：--hub）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub&apos;s CA certificate to give the node (default: --ca).</source>
        <translation>提供给节点的管理中心 CA 证书（默认：--ca）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The known_hosts file to check and record host keys in.</source>
        <translation>用于检查和记录主机密钥的 known_hosts 文件。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+10"/>
        <location filename="../app/edgectl/installcommands.cpp" line="+1"/>
        <source>Accept a host key seen for the first time.</source>
        <translation>接受首次见到的主机密钥。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/installcommands.cpp" line="+2"/>
        <source>How long to wait until the node is online (default 180).</source>
        <translation>等待节点上线的时长（秒，默认 180）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say whom to log in as: --user USER.</source>
        <translation>请说明以哪个用户登录：--user USER。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port 需要 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give either --key FILE or --password-prompt.</source>
        <translation>请给出 --key FILE 或 --password-prompt 二者之一。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH password for %1: </source>
        <translation>%1 的 SSH 密码：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No agent package found: give --package FILE (the edgeconsole-agent .deb or the .tar.gz made by &apos;cpack&apos;).</source>
        <translation>未找到代理安装包：请给出 --package FILE（edgeconsole-agent 的 .deb 或由 &apos;cpack&apos; 生成的 .tar.gz）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout 需要 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say how the node reaches the hub: --agent-hub HOST:PORT.</source>
        <translation>请说明节点如何访问管理中心：--agent-hub HOST:PORT。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the hub&apos;s CA certificate for the node: --agent-ca FILE (or --ca).</source>
        <translation>请给出提供给节点的管理中心 CA 证书：--agent-ca FILE（或 --ca）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No way to get a bootstrap token: give --hub HOST:PORT --ca FILE (edgectl makes one), or set EDGE_BOOTSTRAP_TOKEN.</source>
        <translation>无法获得引导令牌：请给出 --hub HOST:PORT --ca FILE（由 edgectl 创建令牌），或设置 EDGE_BOOTSTRAP_TOKEN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A batch install needs a token per node: give --hub HOST:PORT --ca FILE.</source>
        <translation>批量安装需要为每个节点创建令牌：请给出 --hub HOST:PORT --ca FILE。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The host key of %1 (port %2) is not known yet.
Its fingerprint is %3.
Compare it with &apos;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&apos; on the node. Accept it? [y/N] </source>
        <translation>%1（端口 %2）的主机密钥尚不认识。
其指纹为 %3。
请在节点上用“ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub”核对。是否接受？[y/N] </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Say which node to install: --host HOST.</source>
        <translation>请说明要安装哪个节点：--host HOST。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-149"/>
        <location filename="../app/edgectl/installcommands.cpp" line="+46"/>
        <source>To trust this key, run the command again with --accept-host-key FINGERPRINT (after checking it on the node) or --yes.</source>
        <translation>若要信任此密钥，请（在节点上核对后）加上 --accept-host-key FINGERPRINT 或 --yes 重新运行该命令。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/installcommands.cpp" line="+3"/>
        <source>The node could not be cleaned up: %1</source>
        <translation>无法清理节点：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed on %1 as node %2.</source>
        <translation>代理已安装在 %1 上，节点名为 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the hosts file: --csv FILE.</source>
        <translation>请给出主机文件：--csv FILE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the hosts file %1.</source>
        <translation>无法读取主机文件 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel 需要 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 of %2 names no user: give --user USER or a &apos;user&apos; column.</source>
        <translation>%2 的第 %1 行未指定用户：请给出 --user USER 或 &apos;user&apos; 列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 of %2 has no way to log in: give --key FILE, --password-prompt, or a &apos;key&apos; or &apos;password-env&apos; column.</source>
        <translation>%2 的第 %1 行无法登录：请给出 --key FILE、--password-prompt，或 &apos;key&apos; 或 &apos;password-env&apos; 列。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: installed</source>
        <translation>%1：已安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-1070"/>
        <location filename="../app/edgectl/installcommands.cpp" line="+0"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/edgectl/installcommands.cpp" line="+5"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/nodecommands.cpp" line="-2"/>
        <location line="+219"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+25"/>
        <location filename="../app/edgectl/surveydistance.cpp" line="+1"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+37"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+200"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/nodecommands.cpp" line="-188"/>
        <location line="+306"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 hosts failed; each was cleaned up, so the same command can run again.</source>
        <translation>%2 台主机中有 %1 台失败；每台都已清理，可以再次运行同一命令。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the edge agent on a node over SSH and enroll it.</source>
        <translation>通过 SSH 在节点上安装边缘代理并完成注册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects over SSH (the host key is checked against known_hosts; a new one is shown for confirmation), uploads the agent package, installs it, writes its configuration and a one-time bootstrap token, starts it (systemd, or a supervised process with --prefix) and waits until the node is online at the hub. A failed or cancelled (Ctrl+C) install is removed from the node again, so the same command can simply be run again.</source>
        <translation>通过 SSH 连接（主机密钥按 known_hosts 检查；新密钥会显示以供确认），上传代理安装包并安装，写入其配置和一次性引导令牌，启动代理（systemd，或使用 --prefix 时作为受监管进程），并等待节点在管理中心上线。失败或取消（Ctrl+C）的安装会从节点上删除，因此可以直接再次运行同一命令。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The node&apos;s address.</source>
        <translation>节点的地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s name (default: its host name).</source>
        <translation>节点的名称（默认：其主机名）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+1218"/>
        <location filename="../app/edgectl/installcommands.cpp" line="+2"/>
        <source>Accept a new host key only if it has this SHA256 fingerprint.</source>
        <translation>仅当新主机密钥的 SHA256 指纹与此相同时才接受。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/installcommands.cpp" line="+8"/>
        <source>Install the edge agent on many nodes from a CSV file of hosts.</source>
        <translation>根据主机 CSV 文件在多个节点上安装边缘代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file starts with a header naming its columns: host (required), port, user, key, site, name, prefix, hub, password-env. Empty cells take the command&apos;s options. Prints one line per host: the result and, for a failure, the step and why.</source>
        <translation>CSV 文件以列名表头开始：host（必需）、port、user、key、site、name、prefix、hub、password-env。空单元格取命令的选项值。每台主机输出一行：结果，失败时还有失败的步骤和原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hosts file.</source>
        <translation>主机文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many nodes to install at once (default 4).</source>
        <translation>同时安装的节点数（默认 4）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/nodecommands.cpp" line="-428"/>
        <source>--since takes a duration such as 90s, 30m, 2h or 7d.</source>
        <translation>--since 接受时长，例如 90s、30m、2h 或 7d。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The hub reports no status for node &apos;%1&apos;.</source>
        <translation>管理中心没有报告节点“%1”的状态。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../app/edgectl/synccommands.cpp" line="-60"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid until %1 UTC (serial %2)</source>
        <translation>有效期至 %1 UTC（序列号 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED on %1 UTC (serial %2)</source>
        <translation>已于 %1 UTC 过期（序列号 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>desired %1, applied %2</source>
        <translation>期望 %1，已应用 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the agent has not applied the latest yet)</source>
        <translation>（代理尚未应用最新状态）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never connected</source>
        <translation>从未连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1，运行于 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Generation</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Dropped records</source>
        <translation>丢弃的记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No workloads reported.</source>
        <translation>未报告任何工作负载。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+201"/>
        <location line="+105"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-1073"/>
        <location filename="../app/edgectl/nodecommands.cpp" line="+0"/>
        <source>Started</source>
        <translation>启动于</translation>
    </message>
    <message>
        <location filename="../app/edgectl/nodecommands.cpp" line="+35"/>
        <source>%1 in %2: %3</source>
        <translation>%2 中的 %1：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown field; check the spelling (see &apos;edgectl workload set --help&apos;).</source>
        <translation>未知字段；请检查拼写（参见“edgectl workload set --help”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected %1.</source>
        <translation>应为%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON: line %2, column %3: %4</source>
        <translation>%1 不是有效的 JSON：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an object {&quot;workloads&quot;: [...]}.</source>
        <translation>应为对象 {&quot;workloads&quot;: [...]}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field; the file holds {&quot;workloads&quot;: [...]}.</source>
        <translation>未知字段；文件内容应为 {&quot;workloads&quot;: [...]}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list of workloads (it may be empty to remove every workload).</source>
        <translation>应为工作负载列表（列表为空表示移除所有工作负载）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object.</source>
        <translation>应为对象。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No workloads: the node runs none.</source>
        <translation>没有工作负载：该节点不运行任何工作负载。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restart</source>
        <translation>重启策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the workloads: --file SPEC.json.</source>
        <translation>请指定工作负载：--file SPEC.json。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--expect-generation takes a generation number (1 or more), as &apos;edgectl workload show&apos; prints it.</source>
        <translation>--expect-generation 接受版本号（1 或更大），即“edgectl workload show”显示的值。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run &apos;edgectl workload show %1&apos; to see the current state.</source>
        <translation>运行“edgectl workload show %1”查看当前状态。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Node %1 now has %n workload(s), generation %2.</source>
        <translation>
            <numerusform>节点 %1 现有 %n 个工作负载，版本号 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--limit takes a number from 1 to 100000.</source>
        <translation>--limit 接受 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No events from node %1.</source>
        <translation>节点 %1 没有事件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+75"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+60"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--points takes a number from 1 to 100000.</source>
        <translation>--points 接受 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No metrics from node %1 in that time.</source>
        <translation>该时间段内节点 %1 没有指标数据。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory used / total</source>
        <translation>内存 已用 / 总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk free / total</source>
        <translation>磁盘 可用 / 总计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net rx / tx</source>
        <translation>网络 接收 / 发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot read the image archive %1; create it with &apos;podman save -o FILE IMAGE&apos;.</source>
        <translation>无法读取镜像归档 %1；请用“podman save -o FILE IMAGE”创建。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking %1: %2 %</source>
        <translation>正在校验 %1：%2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending %1 to the hub: %2 % of %3</source>
        <translation>正在向管理中心发送 %1：%3 的 %2 %</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The hub holds %1 (%2, sha256 %3); it sends it to node %4 while the node is connected. Watch for the image.loaded event: edgectl node events %4</source>
        <translation>管理中心已保存 %1（%2，sha256 %3）；节点 %4 连接时会发送给它。请留意 image.loaded 事件：edgectl node events %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show a node&apos;s presence, certificate, agent, generations and workloads.</source>
        <translation>显示节点的在线状态、证书、代理、版本号和工作负载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NODE is the node&apos;s id or name. State is online while heartbeats arrive, stale when they stopped recently, offline when the agent is disconnected or never connected.</source>
        <translation>NODE 是节点的 ID 或名称。收到心跳时状态为在线，心跳刚停止时为心跳超时，代理断开或从未连接时为离线。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the workloads a node should run.</source>
        <translation>替换节点应运行的工作负载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPEC.json holds {&quot;workloads&quot;: [...]}, each workload an object with name, image, and optionally command (list), env (object), ports ([{hostPort, containerPort, protocol, hostIp}]), volumes ([{source, target, readOnly}]), restart (always, on-failure, never), cpus, memoryBytes and health ({test, intervalS, timeoutS, retries}). An empty list removes every workload. The hub raises the node&apos;s generation by one and sends the new state to its agent. &apos;edgectl --json workload show NODE&apos; prints a file in this format.</source>
        <translation>SPEC.json 的内容为 {&quot;workloads&quot;: [...]}，每个工作负载是一个对象，包含 name、image，以及可选的 command（列表）、env（对象）、ports（[{hostPort, containerPort, protocol, hostIp}]）、volumes（[{source, target, readOnly}]）、restart（always、on-failure、never）、cpus、memoryBytes 和 health（{test, intervalS, timeoutS, retries}）。空列表表示移除所有工作负载。管理中心将节点的版本号加一，并把新状态发送给其代理。“edgectl --json workload show NODE”输出的就是这种格式的文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workloads, as JSON (see above).</source>
        <translation>工作负载，JSON 格式（见上文）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only change the state if the hub still holds generation N (fails otherwise, so two people do not overwrite each other).</source>
        <translation>仅当管理中心仍为版本号 N 时才修改（否则失败，以免两人互相覆盖）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the workloads a node should run and their generation.</source>
        <translation>显示节点应运行的工作负载及其版本号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the events a node&apos;s agent reported, newest first.</source>
        <translation>列出节点代理报告的事件，最新的在前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only events of the last DURATION, e.g. 30m, 1h, 7d (default: all).</source>
        <translation>仅显示最近 DURATION 内的事件，例如 30m、1h、7d（默认：全部）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N events (default: the hub&apos;s limit, 500).</source>
        <translation>最多 N 条事件（默认：管理中心的上限 500）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List a node&apos;s metrics samples (CPU, memory, disk, network).</source>
        <translation>列出节点的指标样本（CPU、内存、磁盘、网络）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples of the last DURATION, e.g. 30m, 1h, 7d (default 1h).</source>
        <translation>最近 DURATION 内的样本，例如 30m、1h、7d（默认 1h）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average into at most N points.</source>
        <translation>平均汇总为最多 N 个点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a container image archive to a node through the hub (offline sites).</source>
        <translation>通过管理中心向节点发送容器镜像归档（适用于离线站点）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE is the output of &apos;podman save -o FILE IMAGE&apos;. The file is sent to the hub, which keeps it and relays it to the node&apos;s agent whenever it is connected, resuming after interruptions; the agent loads it into Podman. Progress goes to stderr; Ctrl+C cancels.</source>
        <translation>FILE 是“podman save -o FILE IMAGE”的输出。文件发送到管理中心，由其保存并在节点代理连接时转发，中断后可续传；代理将其加载到 Podman。进度输出到 stderr；按 Ctrl+C 取消。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/output.cpp" line="+31"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../app/edgectl/checkoutput.cpp" line="+55"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="-18"/>
        <location line="+4"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveyargs.cpp" line="+65"/>
        <source>Added %1 to the survey &apos;%2&apos; as &apos;%3&apos;.</source>
        <translation>已将%1添加到勘察“%2”，名为“%3”。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveycommands.cpp" line="-306"/>
        <location filename="../app/edgectl/surveylimits.cpp" line="+60"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 超过 %2 MiB。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Survey %1</source>
        <translation>勘察 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--margin needs a number</source>
        <translation>--margin 需要一个数字</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Created the survey &apos;%1&apos; of the site &apos;%2&apos; (id %3).</source>
        <translation>已为站点“%2”创建勘察“%1”（id %3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--utc-offset is hours from UTC, e.g. 8 for China</source>
        <translation>--utc-offset 是相对 UTC 的小时数，例如中国为 8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no readings.</source>
        <translation>%1 中没有读数。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reading(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 条读数</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--temperature is degrees Celsius, e.g. 24.5</source>
        <translation>--temperature 为摄氏度，例如 24.5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--humidity is relative humidity in percent, e.g. 45</source>
        <translation>--humidity 为相对湿度百分比，例如 45</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--time is an ISO 8601 time, e.g. 2026-07-14T15:00:00+08:00</source>
        <translation>--time 为 ISO 8601 时间，例如 2026-07-14T15:00:00+08:00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a reading of %1 °C</source>
        <translation>一条 %1 °C 的读数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--kind is one of: %1</source>
        <translation>--kind 取值之一：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--hazard names the hazard, e.g. &quot;G4 expressway&quot;</source>
        <translation>--hazard 为危险源名称，例如“G4 高速公路”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hazard &quot;%1&quot;</source>
        <translation>危险源“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--calibrator-db is the calibrator&apos;s level, 94 or 114</source>
        <translation>--calibrator-db 是校准器的声级，94 或 114</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--period is day or night</source>
        <translation>--period 为 day（昼间）或 night（夜间）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--night-events is none, frequent or occasional</source>
        <translation>--night-events 为 none、frequent 或 occasional</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the noise measurement %1 (LAeq %2 %3)</source>
        <translation>噪声测量 %1（LAeq %2 %3）</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n hazard(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 个危险源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 line %2 column %3: not a JSON object of site facts (%4).</source>
        <translation>%1 第 %2 行第 %3 列：不是表示现场条件的 JSON 对象（%4）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site facts of %1</source>
        <translation>%1 中的现场条件</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-70"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+46"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveycommands.cpp" line="+10"/>
        <source>(unverified)</source>
        <translation>（未核实）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No checks yet: add readings, noise measurements, hazards or site facts.</source>
        <translation>尚无检查项：请添加读数、噪声测量、危险源或现场条件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+0"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+13"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="-13"/>
        <location line="+13"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+0"/>
        <location filename="../app/edgectl/synccommands.cpp" line="-1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/surveydistance.cpp" line="-1"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+0"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+0"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/edgectl/surveydistance.cpp" line="+1"/>
        <location filename="../app/edgectl/surveylimits.cpp" line="-47"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+1"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+0"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+4"/>
        <source>Verdict: %1 (%2 pass, %3 warn, %4 fail, %5 not measured)</source>
        <translation>结论：%1（通过 %2 项，警告 %3 项，不合格 %4 项，未测量 %5 项）</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/edgectl/surveypoll.cpp" line="+449"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="+137"/>
        <source>The site the survey belongs to (id or name).</source>
        <translation>勘察所属的站点（id 或名称）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/edgectl/surveypoll.cpp" line="+2"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="+2"/>
        <source>A name for the item (default: its kind and a number).</source>
        <translation>条目名称（默认：类型加编号）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a survey of a site.</source>
        <translation>开始对站点进行勘察。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey name (default: &quot;Survey&quot; and today&apos;s date).</source>
        <translation>勘察名称（默认：“勘察”加当天日期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who surveys (default: the signed-in user).</source>
        <translation>勘察人（默认：当前登录用户）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB 50174-2017 class of the installation: sets the distance rules.</source>
        <translation>按 GB 50174-2017 的安装等级：决定距离规则。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temperature profile (default ashrae-2021-recommended).</source>
        <translation>温度规范（默认 ashrae-2021-recommended）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a value is inside its limit by less than N.</source>
        <translation>当数值在限值以内但距限值不足 N 时警告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add temperature/humidity readings from a CSV file.</source>
        <translation>从 CSV 文件添加温湿度读数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readings (time, temperature, humidity columns).</source>
        <translation>读数文件（时间、温度、湿度列）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offset of times written without one (default 0 = UTC).</source>
        <translation>未注明时区的时间所用的偏移（默认 0 = UTC）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a noise measurement from a WAV recording.</source>
        <translation>从 WAV 录音添加噪声测量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording.</source>
        <translation>录音文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recording of a sound calibrator with the same microphone and gain.</source>
        <translation>用同一麦克风和增益录制的声校准器录音。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calibrator&apos;s level: 94 (default) or 114.</source>
        <translation>校准器声级：94（默认）或 114。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it was measured (default: from the clock, night 22:00-06:00).</source>
        <translation>测量时段（默认按时钟判断，夜间为 22:00-06:00）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, frequent or occasional: checks LAFmax at night.</source>
        <translation>none、frequent 或 occasional：检查夜间 LAFmax。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured inside a sensitive building less than 1 m from the boundary.</source>
        <translation>在距厂界不足 1 m 的噪声敏感建筑物室内测量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured in the machine room.</source>
        <translation>在机房内测量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add one temperature/humidity reading by hand.</source>
        <translation>手动添加一条温湿度读数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Air temperature in °C.</source>
        <translation>空气温度（°C）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative humidity in %RH (optional).</source>
        <translation>相对湿度（%RH，可选）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it was read (default: now).</source>
        <translation>读取时间（默认：现在）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add one hazard near the site by hand.</source>
        <translation>手动添加站点附近的一个危险源。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it is, e.g. &quot;G4 expressway&quot;.</source>
        <translation>危险源名称，例如“G4 高速公路”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>airport, railway, expressway, substation, ... (see &apos;edgectl survey distance --help&apos;).</source>
        <translation>airport、railway、expressway、substation 等（见 &apos;edgectl survey distance --help&apos;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its nearest point to the site, WGS84 degrees.</source>
        <translation>它离站点最近的点，WGS84 度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hazards near the site from CSV or GeoJSON.</source>
        <translation>从 CSV 或 GeoJSON 添加站点附近的危险源。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hazards (CSV: name,kind,lat,lon; or GeoJSON).</source>
        <translation>危险源文件（CSV：name,kind,lat,lon；或 GeoJSON）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the site facts (power, space, ...) as JSON.</source>
        <translation>以 JSON 添加现场条件（供电、空间等）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The facts (see docs/survey-temperature.md).</source>
        <translation>现场条件文件（见 docs/survey-temperature.md）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a survey, its items and every check.</source>
        <translation>显示勘察、其条目和全部检查项。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+1071"/>
        <location filename="../app/edgectl/surveycommands.cpp" line="+10"/>
        <location filename="../app/edgectl/surveypoll.cpp" line="+39"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="-14"/>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveydistance.cpp" line="-75"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azimuth at start</source>
        <translation>起点方位角</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Azimuth at end</source>
        <translation>终点方位角</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--class takes A, B or C (the GB 50174-2017 data centre class).</source>
        <translation>--class 取 A、B 或 C（GB 50174-2017 数据中心等级）。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="-5"/>
        <source> (unverified)</source>
        <translation>（未验证）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance (m)</source>
        <translation>距离 (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1 data centre: %2 pass, %3 warn, %4 fail; verdict: %5</source>
        <translation>%1 级数据中心：%2 项合格，%3 项警告，%4 项不合格；结论：%5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the site: --from LAT,LON.</source>
        <translation>请给出站点：--from 纬度,经度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either --to LAT,LON (one distance) or --hazards FILE (check a list of hazards).</source>
        <translation>请给出 --to 纬度,经度（计算一段距离）或 --hazards 文件（检查危险源列表），二者选一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--class and --rules go with --hazards FILE.</source>
        <translation>--class 和 --rules 需与 --hazards 文件一起使用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Geodesic distances from a site, checked against the GB 50174-2017 site rules.</source>
        <translation>计算站点的大地线距离，并按 GB 50174-2017 选址规则检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --to: the distance in metres on the WGS84 ellipsoid and the azimuths at both ends (GeographicLib). With --hazards: every hazard of a CSV file (header name,kind,lat,lon and optional attribute columns such as flight-path) or a GeoJSON file (Point, LineString or Polygon features with properties kind and name), nearest first, with the rule that applies to a data centre of --class (default A), the standard and the result. Positions are LAT,LON in decimal degrees or like 39°54&apos;26&quot;N 116°23&apos;29&quot;E. No hub is needed.</source>
        <translation>使用 --to：给出 WGS84 椭球面上的距离（米）及两端的方位角（GeographicLib）。使用 --hazards：按由近到远列出 CSV 文件（表头 name,kind,lat,lon，可另加 flight-path 等属性列）或 GeoJSON 文件（带 kind 和 name 属性的 Point、LineString 或 Polygon 要素）中的每个危险源，以及适用于 --class 等级数据中心（默认 A）的规则、标准和结果。位置写作 纬度,经度（十进制度）或如 39°54&apos;26&quot;N 116°23&apos;29&quot;E。无需管理中心。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The site.</source>
        <translation>站点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other point.</source>
        <translation>另一个点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hazards: a CSV or GeoJSON file.</source>
        <translation>危险源：CSV 或 GeoJSON 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data centre class of GB 50174-2017 (default A).</source>
        <translation>GB 50174-2017 的数据中心等级（默认 A）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own distance rules: a limit-set JSON file (keys KIND[.a|b|c][.shall|should], min in metres); they replace the shipped rule for their kind.</source>
        <translation>自定义距离规则：限值集 JSON 文件（键为 KIND[.a|b|c][.shall|should]，min 以米为单位）；它们会替换同类危险源的内置规则。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveynoise.cpp" line="-178"/>
        <source>Say which recording to analyse: --wav FILE.</source>
        <translation>请指定要分析的录音：--wav FILE。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel takes a channel number from 0.</source>
        <translation>--channel 取从 0 开始的声道编号。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --zone, say when you measured: --period day or --period night.</source>
        <translation>使用 --zone 时，请说明测量时段：--period day 或 --period night。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--period, --night-events and --near-building need --zone.</source>
        <translation>--period、--night-events 和 --near-building 需要与 --zone 一起使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--night-events takes none, frequent or occasional.</source>
        <translation>--night-events 取 none、frequent 或 occasional。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--warn-margin takes a number of dB from 0 to 20.</source>
        <translation>--warn-margin 取 0 到 20 之间的分贝数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say the calibrator&apos;s level: --calibrator-db 94 (or 114).</source>
        <translation>请指定校准器声级：--calibrator-db 94（或 114）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--calibrator-db goes with --calibrate CAL.wav.</source>
        <translation>--calibrator-db 需要与 --calibrate CAL.wav 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/bundlecommands.cpp" line="-33"/>
        <source>&apos;%1&apos; works on a local store: give --data DIR</source>
        <translation>&apos;%1&apos; 作用于本地存储：请指定 --data DIR</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/edgectl/synccommands.cpp" line="-126"/>
        <source>The local store cannot sync.</source>
        <translation>本地存储无法同步。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/edgectl/reportcommands.cpp" line="-1"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+73"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/edgectl/reportcommands.cpp" line="+3"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/synccommands.cpp" line="-218"/>
        <location line="+278"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the bundle file to write with -o FILE</source>
        <translation>请用 -o FILE 指定要写入的同步包文件</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported %n operation(s) and %1 attachment(s) to %2.</source>
        <translation>
            <numerusform>已将 %n 个操作和 %1 个附件导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is intact and signed by replica %2; nothing was imported (--dry-run).</source>
        <translation>%1 完整无损，由副本 %2 签名；未导入任何内容（--dry-run）。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %1 from replica %2: %n new operation(s), %3 already here, %4 attachment(s) received.</source>
        <translation>
            <numerusform>已从副本 %2 导入 %1：%n 个新操作，%3 个已存在，收到 %4 个附件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n conflict(s) are open: &apos;edgectl --data DIR conflicts list&apos; shows them.</source>
        <translation>
            <numerusform>有 %n 个未解决的冲突：&apos;edgectl --data DIR conflicts list&apos; 可列出它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a signed sync bundle of the local store (no network needed).</source>
        <translation>为本地存储写入已签名的同步包（无需网络）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes every operation of the local store that syncs and every complete attachment to FILE, signed with this replica&apos;s key (replica-key.pem in the data directory, created on first use). Carry the file to another computer and run &apos;sync import&apos; there.</source>
        <translation>将本地存储中所有需同步的操作及所有完整附件写入 FILE，并用本副本的密钥签名（数据目录中的 replica-key.pem，首次使用时创建）。将该文件带到另一台计算机上并在那里运行 &apos;sync import&apos;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle file to write (also -o).</source>
        <translation>要写入的同步包文件（也可用 -o）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify a sync bundle and merge it into the local store.</source>
        <translation>校验同步包并将其合并到本地存储。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the whole file first (signature over every byte, format, every attachment&apos;s sha256) and refuses an altered, truncated or foreign file without changing anything. The first bundle of a replica pins its key; a later bundle of that replica signed by another key is refused. Importing the same bundle twice changes nothing.</source>
        <translation>先校验整个文件（覆盖每个字节的签名、格式、每个附件的 sha256），对被修改、被截断或来源不明的文件予以拒绝，且不做任何更改。某副本的第一个同步包会固定其密钥；之后该副本用其他密钥签名的同步包将被拒绝。重复导入同一同步包不会产生任何变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only verify the bundle; change nothing.</source>
        <translation>仅校验同步包，不做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveynoise.cpp" line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 dB calibrator, offset %2 dB, tone at %3 Hz</source>
        <translation>%1 dB 校准器，偏移 %2 dB，音调 %3 Hz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: levels in dBFS (a full-scale sine is 0 dBFS, AES17)</source>
        <translation>无：声级单位为 dBFS（满刻度正弦波为 0 dBFS，AES17）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Level</source>
        <translation>声级</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveylimits.cpp" line="-92"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOW (unverified)</source>
        <translation>低（未核实）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no limit set &quot;%1&quot;; &apos;edgectl survey limits list&apos; lists them.</source>
        <translation>没有限值集“%1”；“edgectl survey limits list”可列出全部限值集。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+33"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-1002"/>
        <location filename="../app/edgectl/surveylimits.cpp" line="-29"/>
        <location line="+26"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+66"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveylimits.cpp" line="-26"/>
        <location line="+29"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../app/edgectl/surveynoise.cpp" line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/edgectl/reportcommands.cpp" line="-17"/>
        <source>not checked (give --data DIR to look it up among the known keys)</source>
        <translation>未检查（使用 --data DIR 在已知密钥中查找）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known in this data directory</source>
        <translation>此数据目录中未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known in this data directory as %1</source>
        <translation>在此数据目录中属于 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, revision %2</source>
        <translation>%1，修订版 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentic</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/edgectl/surveylimits.cpp" line="+0"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content fingerprint</source>
        <translation>内容指纹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>封签时间</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is authentic: sealed by %2 and not altered since.</source>
        <translation>%1 真实有效：由 %2 封签，此后未被篡改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT AUTHENTIC: %1</source>
        <translation>非真实有效：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What its seal claims (not to be trusted):</source>
        <translation>其封签声明的内容（不可信）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: the seal names %1 as the signer, but this data directory knows the key as %2&apos;s.</source>
        <translation>警告：封签声明签名人为 %1，但此数据目录中该密钥属于 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the signing key is not one this data directory knows; compare its fingerprint with the signer&apos;s before you trust it.</source>
        <translation>警告：此数据目录不认识该签名密钥；信任前请与签名人核对其指纹。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check that a sealed report is authentic and unaltered.</source>
        <translation>检查已封签的报告是否真实且未被篡改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the seal of an acceptance report: the signature over every byte of the PDF and the seal itself, who signed it and with which key (its fingerprint), the content fingerprint, the commissioning run and revision, and when it was sealed. With --data DIR it also says whether the key is one of DIR&apos;s signing keys, and whose. Exit code 0 when authentic, 3 when not (unsealed, damaged or altered), 1 when the file cannot be read.</source>
        <translation>检查验收报告的封签：覆盖 PDF 每个字节及封签本身的签名、签名人及所用密钥（指纹）、内容指纹、调测记录及其修订版、封签时间。使用 --data DIR 时还会说明该密钥是否为 DIR 中的签名密钥及其所属。真实有效时退出码为 0，否则为 3（未封签、已损坏或被篡改），无法读取文件时为 1。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveylimits.cpp" line="+0"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n limit(s) marked unverified: the reference gives them LOW confidence; check them before relying on a verdict.</source>
        <translation>
            <numerusform>%n 个限值标记为未核实：参考资料给出的可信度为低；依据结论之前请先核实。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export needs -o FILE.json</source>
        <translation>export 需要 -o FILE.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported the limit set &apos;%1&apos; version %2 to %3. Edit it, raise &quot;version&quot; and import it with &apos;edgectl survey limits import&apos;.</source>
        <translation>已将限值集“%1”版本 %2 导出到 %3。编辑后提高“version”，再用“edgectl survey limits import”导入。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is larger than 1 MiB.</source>
        <translation>%1 超过 1 MiB。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the limit set &quot;%2&quot; is already at version %3; version %4 is not newer. Set &quot;version&quot; to %5 or more and import again.</source>
        <translation>%1：限值集“%2”已是版本 %3；版本 %4 并不更新。请将“version”设为 %5 或更高后重新导入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stored the limit set &apos;%1&apos; version %2; surveys are now checked against it.</source>
        <translation>已保存限值集“%1”版本 %2；勘察今后将按此版本检查。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List, show, export and import the limit sets surveys are checked against.</source>
        <translation>列出、显示、导出和导入勘察所依据的限值集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: every limit set with its version, source (shipped or user) and how many of its numbers are unverified. show ID: every limit with its value, unit, standard, clause and confidence; LOW-confidence numbers are marked unverified. export ID -o FILE.json: the set in force, to edit. import FILE.json: stores the file&apos;s sets as new versions (a version must be newer than the current one; older versions are kept).</source>
        <translation>list：列出每个限值集及其版本、来源（内置或用户）和未核实数值的数量。show ID：列出每个限值的数值、单位、标准、条款和可信度；低可信度的数值标记为未核实。export ID -o FILE.json：导出当前生效的限值集以便编辑。import FILE.json：将文件中的限值集保存为新版本（版本必须比当前版本新；旧版本会保留）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export: the file to write (also -o).</source>
        <translation>export：要写入的文件（也可用 -o）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: a note stored with the new version (why it changed).</source>
        <translation>import：随新版本保存的说明（修改原因）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown action &apos;%1&apos;; use list, show, export or import</source>
        <translation>未知操作“%1”；请使用 list、show、export 或 import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; needs an argument</source>
        <translation>“%1”需要一个参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;list&apos; takes no argument</source>
        <translation>“list”不接受参数</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveynoise.cpp" line="+17"/>
        <source>Checks need calibrated levels: give --calibrate CAL.wav --calibrator-db 94.</source>
        <translation>检查需要经校准的声级：请提供 --calibrate CAL.wav --calibrator-db 94。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Analyse a noise recording (WAV) and check it against noise limits.</source>
        <translation>分析噪声录音（WAV）并对照噪声限值进行检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints LAeq, LCeq, LZeq, LAFmax, LAFmin, LASmax, LASmin, LA10, LA90 and LCpeak (IEC 61672-1 A, C and Z weightings; F and S time weightings). Without calibration the levels are in dBFS (a full-scale sine is 0 dBFS); with --calibrate, a recording of a sound calibrator at 1 kHz, they are in dB. --zone checks the levels against GB 3096-2008 and GB 12348-2008; --machine-room against GB 50174. Reads 8/16/24/32-bit PCM and 32/64-bit float WAV files of any length and sample rate.</source>
        <translation>输出 LAeq、LCeq、LZeq、LAFmax、LAFmin、LASmax、LASmin、LA10、LA90 和 LCpeak（IEC 61672-1 A、C、Z 频率计权；F、S 时间计权）。未校准时声级单位为 dBFS（满刻度正弦波为 0 dBFS）；使用 --calibrate（1 kHz 声校准器的录音）后单位为 dB。--zone 对照 GB 3096-2008 和 GB 12348-2008 检查声级；--machine-room 对照 GB 50174 检查。可读取任意时长和采样率的 8/16/24/32 位 PCM 及 32/64 位浮点 WAV 文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recording to analyse.</source>
        <translation>要分析的录音。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which channel to analyse, from 0 (default 0).</source>
        <translation>要分析的声道，从 0 开始（默认 0）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recording of a sound calibrator (a steady 1 kHz tone) with the same microphone and gain.</source>
        <translation>用同一传声器和增益录制的声校准器录音（稳定的 1 kHz 音）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calibrator&apos;s level in dB SPL: 94 or 114.</source>
        <translation>校准器声级（dB SPL）：94 或 114。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone the calibration belongs to (shown with the result).</source>
        <translation>该校准所属的传声器（随结果显示）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB 3096-2008 zone class of the place: 0, 1, 2, 3, 4a or 4b.</source>
        <translation>测点所在的 GB 3096-2008 声环境功能区类别：0、1、2、3、4a 或 4b。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the recording was made: day (06:00-22:00) or night.</source>
        <translation>录音时段：昼间（06:00-22:00）或夜间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At night, check LAFmax for frequent (+10 dB) or occasional (+15 dB) noise.</source>
        <translation>夜间按频发（+10 dB）或偶发（+15 dB）噪声检查 LAFmax。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The boundary is less than 1 m from a noise-sensitive building and the recording was made inside it (limit 10 dB lower).</source>
        <translation>厂界距噪声敏感建筑物不足 1 m，录音在该建筑物室内进行（限值降低 10 dB）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check against the machine-room limits of GB 50174.</source>
        <translation>对照 GB 50174 的机房限值检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when a level is within DB of its limit (default 0).</source>
        <translation>声级距限值在 DB 以内时给出警告（默认 0）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json, add LAeq and LAF per second.</source>
        <translation>与 --json 一起使用时，附加每秒的 LAeq 和 LAF。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveytemperature.cpp" line="-118"/>
        <source>--%1 takes a number from 0 to 100.</source>
        <translation>--%1 需要 0 至 100 之间的数字。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Profile</source>
        <translation>规范</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-70"/>
        <location line="+139"/>
        <location filename="../app/edgectl/kinds.cpp" line="-5"/>
        <location filename="../app/edgectl/surveylimits.cpp" line="-168"/>
        <location line="+26"/>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveytemperature.cpp" line="+9"/>
        <source>Say which profile to check against: --profile NAME (&apos;--profile list&apos; lists them).</source>
        <translation>请指定对照的规范：--profile NAME（“--profile list”列出所有规范）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no profile &apos;%1&apos;. Known profiles: %2.</source>
        <translation>没有规范“%1”。已有规范：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say which readings to analyse: --csv FILE.</source>
        <translation>请指定要分析的读数：--csv FILE。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span</source>
        <translation>时间跨度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1 °C, mean %2 °C, max %3 °C</source>
        <translation>最低 %1 °C，平均 %2 °C，最高 %3 °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest change in any hour</source>
        <translation>任意一小时内最大变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Largest change in any 15 min</source>
        <translation>任意 15 分钟内最大变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative humidity</source>
        <translation>相对湿度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-%2 %</source>
        <translation>%1-%2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dew point</source>
        <translation>露点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 °C</source>
        <translation>%1 至 %2 °C</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (unverified)</source>
        <translation>%1（未核实）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check temperature and humidity readings against a thermal profile.</source>
        <translation>对照温度规范检查温湿度读数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a CSV file of readings (columns time, temperature and optionally humidity and source; English or Chinese headers), derives min/max/mean, the dew point (Magnus formula) and the largest change in any hour and any 15 minutes, and checks them against the profile (ASHRAE 2021, GB 50174-2017, TIA-942, ...). &apos;--profile list&apos; lists the profiles; a profile with unverified numbers is marked so. No hub is needed.</source>
        <translation>读取读数 CSV 文件（列为时间、温度，可选湿度和来源；表头可用英文或中文），计算最低/最高/平均值、露点（Magnus 公式）以及任意一小时和任意 15 分钟内的最大变化，并对照规范（ASHRAE 2021、GB 50174-2017、TIA-942 等）进行检查。“--profile list”列出所有规范；含未核实数值的规范会被标出。无需管理中心。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The readings file (CSV).</source>
        <translation>读数文件（CSV）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thermal profile to check against, or &apos;list&apos;.</source>
        <translation>对照的温度规范，或“list”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn within N °C of a temperature limit (default 1).</source>
        <translation>距温度限值 N °C 以内时警告（默认 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn within N %RH of a humidity limit (default 2).</source>
        <translation>距湿度限值 N %RH 以内时警告（默认 2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A limits file (JSON) whose sets override the shipped ones of the same id.</source>
        <translation>限值文件（JSON），其中的限值集覆盖内置的同 id 限值集。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveypoll.cpp" line="-365"/>
        <source>--modbus %1 is not an address: write tcp://HOST:PORT, e.g. tcp://10.0.0.5:502.</source>
        <translation>--modbus %1 不是地址：请写成 tcp://主机:端口，例如 tcp://10.0.0.5:502。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--modbus takes tcp://HOST:PORT or rtu:DEVICE (e.g. rtu:/dev/ttyUSB0).</source>
        <translation>--modbus 接受 tcp://主机:端口 或 rtu:设备（例如 rtu:/dev/ttyUSB0）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The register map %1 cannot be read: %2</source>
        <translation>无法读取寄存器映射 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no preset &apos;%1&apos;. Presets: %2.</source>
        <translation>没有预设“%1”。可用预设：%2。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--snmp %1 is not an address: write HOST or HOST:PORT, e.g. 10.0.0.9:161.</source>
        <translation>--snmp %1 不是地址：请写成 主机 或 主机:端口，例如 10.0.0.9:161。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1  %2 °C  %3 %RH</source>
        <translation>%1  %2 °C  %3 %RH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2 °C</source>
        <translation>%1  %2 °C</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say which sensor to read: --modbus tcp://HOST:PORT, --modbus rtu:DEVICE or --snmp HOST:PORT (one of them).</source>
        <translation>请指定要读取的传感器：--modbus tcp://主机:端口、--modbus rtu:设备 或 --snmp 主机:端口（三选一）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give --preset or --map, not both.</source>
        <translation>请给出 --preset 或 --map，不要同时给出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--interval takes seconds between reads, from 0.2 to 86400.</source>
        <translation>--interval 为两次读取间隔的秒数，范围 0.2 到 86400。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how long to poll: --count N or --duration SECONDS (one of them).</source>
        <translation>请指定轮询多久：--count N 或 --duration 秒数（二选一）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--count takes a number of reads from 1 to 100000.</source>
        <translation>--count 为读取次数，范围 1 到 100000。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--duration takes seconds to poll, more than 0 and at most 31 days.</source>
        <translation>--duration 为轮询秒数，大于 0 且不超过 31 天。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The survey &apos;%1&apos; is final and takes no more measurements.</source>
        <translation>勘察“%1”已定稿，不再接受测量。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1 every %2 s (%3). Ctrl+C stops and stores what was read.</source>
        <translation>每 %2 秒读取 %1（%3）。按 Ctrl+C 停止并保存已读取的数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n read(s)</source>
        <translation>
            <numerusform>%n 次读取</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1 s</source>
        <translation>持续 %1 秒</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read %1 failed: %2 (trying again at the next interval)</source>
        <translation>第 %1 次读取失败：%2（将在下一个间隔重试）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1 failed: %2</source>
        <translation>第 %1 次读取失败：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped before anything was read; nothing was stored.</source>
        <translation>在读到任何数据之前已停止；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was read.</source>
        <translation>未读到任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was read from %1, so nothing was stored. %2</source>
        <translation>未从 %1 读到任何数据，因此未保存任何内容。%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped early: storing the %n reading(s) taken so far.</source>
        <translation>
            <numerusform>已提前停止：保存目前已取得的 %n 条读数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Added %n reading(s) from %1 to the survey &apos;%2&apos; as &apos;%3&apos;.</source>
        <translation>
            <numerusform>已将来自 %1 的 %n 条读数作为“%3”添加到勘察“%2”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n read(s) failed.</source>
        <translation>
            <numerusform>%n 次读取失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read a temperature/humidity sensor live (Modbus or SNMP) into a survey.</source>
        <translation>实时读取温湿度传感器（Modbus 或 SNMP）并存入勘察。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the sensor every --interval seconds, --count times or for --duration seconds, prints each reading and stores them all as one readings item. Modbus TCP or RTU with a preset (default generic-th-holding; xy-md02, renke-rs-ws-n01) or a register map file; SNMP v2c or v3 (ENTITY-SENSOR-MIB: the first temperature sensor or --sensor, with the first humidity sensor; else the UPS-MIB battery temperature). A failed read is reported and tried again at the next interval. Ctrl+C stops and stores what was read. Secrets can come from EDGE_SNMP_COMMUNITY, EDGE_SNMP_AUTH_PASSPHRASE and EDGE_SNMP_PRIV_PASSPHRASE instead of the command line.</source>
        <translation>每隔 --interval 秒读取一次传感器，共 --count 次或持续 --duration 秒，打印每条读数，并将全部读数存为一个读数条目。Modbus TCP 或 RTU 使用预设（默认 generic-th-holding；另有 xy-md02、renke-rs-ws-n01）或寄存器映射文件；SNMP v2c 或 v3（ENTITY-SENSOR-MIB：第一个温度传感器或 --sensor 指定的传感器，以及第一个湿度传感器；否则使用 UPS-MIB 电池温度）。读取失败会报告并在下一个间隔重试。按 Ctrl+C 停止并保存已读取的数据。密钥可改由 EDGE_SNMP_COMMUNITY、EDGE_SNMP_AUTH_PASSPHRASE 和 EDGE_SNMP_PRIV_PASSPHRASE 提供，而不写在命令行上。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tcp://HOST:PORT (Modbus TCP) or rtu:DEVICE (Modbus RTU, e.g. rtu:/dev/ttyUSB0).</source>
        <translation>tcp://主机:端口（Modbus TCP）或 rtu:设备（Modbus RTU，例如 rtu:/dev/ttyUSB0）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register map preset: generic-th-holding (default), xy-md02, renke-rs-ws-n01.</source>
        <translation>寄存器映射预设：generic-th-holding（默认）、xy-md02、renke-rs-ws-n01。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A register map file (JSON).</source>
        <translation>寄存器映射文件（JSON）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modbus unit id (default: the preset&apos;s).</source>
        <translation>Modbus 单元 ID（默认：预设中的值）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTU baud rate (default 9600).</source>
        <translation>RTU 波特率（默认 9600）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTU parity (default N).</source>
        <translation>RTU 校验位（默认 N）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTU data bits (default 8).</source>
        <translation>RTU 数据位（默认 8）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTU stop bits (default 1).</source>
        <translation>RTU 停止位（默认 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SNMP agent (port 161 by default).</source>
        <translation>SNMP 代理（默认端口 161）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP version (default 2c).</source>
        <translation>SNMP 版本（默认 2c）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP v2c community (default public; or EDGE_SNMP_COMMUNITY).</source>
        <translation>SNMP v2c 团体名（默认 public；或 EDGE_SNMP_COMMUNITY）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMP v3 user (authPriv).</source>
        <translation>SNMP v3 用户（authPriv）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP v3 authentication protocol (default SHA).</source>
        <translation>SNMP v3 认证协议（默认 SHA）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP v3 authentication passphrase (or EDGE_SNMP_AUTH_PASSPHRASE).</source>
        <translation>SNMP v3 认证口令（或 EDGE_SNMP_AUTH_PASSPHRASE）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP v3 privacy protocol (default AES).</source>
        <translation>SNMP v3 加密协议（默认 AES）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP v3 privacy passphrase (or EDGE_SNMP_PRIV_PASSPHRASE).</source>
        <translation>SNMP v3 加密口令（或 EDGE_SNMP_PRIV_PASSPHRASE）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP: the temperature sensor by entPhysicalIndex or label.</source>
        <translation>SNMP：按 entPhysicalIndex 或标签指定温度传感器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to wait for each answer, in milliseconds.</source>
        <translation>每次应答的等待时间（毫秒）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between reads (required).</source>
        <translation>两次读取之间的秒数（必填）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many reads.</source>
        <translation>读取次数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to poll.</source>
        <translation>轮询时长。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="+150"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="-82"/>
        <source>the photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveyreport.cpp" line="+9"/>
        <source>--text needs the note&apos;s text</source>
        <translation>--text 需要备注内容</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-376"/>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>通过验收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted with open items</source>
        <translation>有遗留项通过验收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>未通过验收</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pending</source>
        <translation>待检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stored the template %1 version %2.</source>
        <translation>已保存模板 %1 版本 %2。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No commissioning templates.</source>
        <translation>没有调测模板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+32"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Started the commissioning run &apos;%1&apos; (id %2) with the template %3: %n item(s) to check.</source>
        <translation>
            <numerusform>已使用模板 %3 开始调测运行“%1”（ID %2）：共 %n 个检查项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No commissioning runs.</source>
        <translation>没有调测运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location filename="../app/edgectl/reportcommands.cpp" line="-53"/>
        <source>Run</source>
        <translation>调测记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overall</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open items:</source>
        <translation>遗留项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict: %1 (%2 of %3 done: %4 passed, %5 failed, %6 skipped)</source>
        <translation>结论：%1（已完成 %2/%3：%4 项通过，%5 项失败，%6 项跳过）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give one of --pass, --fail, --skip, --measure, --photo or --note, not several.</source>
        <translation>请只给出 --pass、--fail、--skip、--measure、--photo 或 --note 中的一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what to record: --pass, --fail, --skip REASON, --measure VALUE --unit U, --photo FILE.jpg or --note TEXT.</source>
        <translation>请说明要记录的内容：--pass、--fail、--skip 原因、--measure 数值 --unit 单位、--photo 文件.jpg 或 --note 文本。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--measure needs a number, e.g. 231.5</source>
        <translation>--measure 需要一个数值，例如 231.5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--skip needs the reason the item is skipped</source>
        <translation>--skip 需要说明跳过该检查项的原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--note needs the note&apos;s text</source>
        <translation>--note 需要备注的文本</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a pass</source>
        <translation>一个通过结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a fail</source>
        <translation>一个失败结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a skip</source>
        <translation>一次跳过</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="+1"/>
        <source>a note</source>
        <translation>一条备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--unit is required: the item &apos;%1&apos; names no unit</source>
        <translation>需要 --unit：检查项“%1”未指定单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item &apos;%1&apos; is measured in %2, not %3.</source>
        <translation>检查项“%1”的测量单位是 %2，而不是 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the measurement %1 %2</source>
        <translation>测量值 %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the measurement %1 %2 (inside the range: pass)</source>
        <translation>测量值 %1 %2（在范围内：通过）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the measurement %1 %2 (outside the range: fail)</source>
        <translation>测量值 %1 %2（超出范围：失败）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Recorded %1 for &apos;%2&apos; in &apos;%3&apos;: the item is %4 (%5 of %6 done).</source>
        <translation>已在“%3”中为“%2”记录%1：该检查项%4（已完成 %5/%6）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(--allow-open finishes it anyway.)</source>
        <translation>（使用 --allow-open 仍可完成。）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finished the commissioning run &apos;%1&apos; (verdict: %2); it is read-only now.</source>
        <translation>已完成调测运行“%1”（结论：%2）；现在为只读。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Started the revision &apos;%1&apos; (id %2, revision %3) of &apos;%4&apos; with its %n record(s).</source>
        <translation>
            <numerusform>已开始“%4”的修订版“%1”（ID %2，第 %3 版），包含其 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no signing passphrase given: set EDGE_SIGNING_PASSPHRASE, use --passphrase-stdin, or run on a terminal to be asked</source>
        <translation>未提供签名口令：请设置 EDGE_SIGNING_PASSPHRASE、使用 --passphrase-stdin，或在终端中运行以便输入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New passphrase for your signing key: </source>
        <translation>您的签名密钥的新口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of your signing key: </source>
        <translation>您的签名密钥的口令：</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="+14"/>
        <source>--lang is en or zh_CN</source>
        <translation>--lang 只能是 en 或 zh_CN</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Cancelled; no report was written.</source>
        <translation>已取消；未写入报告。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Wrote the sealed acceptance report of &apos;%1&apos; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>已将“%1”的已封签验收报告写入 %2（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by %1 with the key %2; content %3.</source>
        <translation>由 %1 使用密钥 %2 签名；内容 %3。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The device &apos;%1&apos; speaks %2; the check %3 needs %4.</source>
        <translation>设备“%1”使用 %2；检查 %3 需要 %4。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cabinet %1 has no device &apos;%2&apos;; its devices: %3.</source>
        <translation>机柜 %1 中没有设备“%2”；其设备：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check %1 needs an SNMP device in the cabinet %2: add it with &apos;edgectl device add --cabinet %2 --protocol snmp --address HOST&apos;.</source>
        <translation>检查 %1 需要机柜 %2 中的 SNMP 设备：请用 &apos;edgectl device add --cabinet %2 --protocol snmp --address HOST&apos; 添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check %1 needs a Modbus device in the cabinet %2: add it with &apos;edgectl device add --cabinet %2 --protocol modbus-tcp --address HOST[:PORT] --setting preset=ID&apos;.</source>
        <translation>检查 %1 需要机柜 %2 中的 Modbus 设备：请用 &apos;edgectl device add --cabinet %2 --protocol modbus-tcp --address HOST[:PORT] --setting preset=ID&apos; 添加。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cabinet %1 has no node &apos;%2&apos;; its nodes: %3.</source>
        <translation>机柜 %1 中没有节点“%2”；其节点：%3。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--secrets-stdin: no %1 on standard input (one line each, in this order: %2).</source>
        <translation>--secrets-stdin：标准输入中没有 %1（每行一个，顺序为：%2）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say whom to log in to the node as: --ssh-user USER.</source>
        <translation>请指定登录节点的用户：--ssh-user USER。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ssh-port takes a number from 1 to 65535.</source>
        <translation>--ssh-port 取 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ssh-password-stdin: no password on standard input.</source>
        <translation>--ssh-password-stdin：标准输入中没有密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --ssh-key FILE, or the password with --ssh-password-stdin or EDGE_SSH_PASSWORD.</source>
        <translation>请提供 --ssh-key FILE，或通过 --ssh-password-stdin 或 EDGE_SSH_PASSWORD 提供密码。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check %1 needs a node in the cabinet %2 with a management address: add it with &apos;edgectl node add --cabinet %2 --mgmt-address HOST&apos;.</source>
        <translation>检查 %1 需要机柜 %2 中有管理地址的节点：请用 &apos;edgectl node add --cabinet %2 --mgmt-address HOST&apos; 添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check %1 needs a node in the cabinet %2: add it with &apos;edgectl node add --cabinet %2&apos;.</source>
        <translation>检查 %1 需要机柜 %2 中的节点：请用 &apos;edgectl node add --cabinet %2&apos; 添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Burn-in: %1 s of %2 s, %n sample(s).</source>
        <translation>
            <numerusform>老化运行：%1 秒 / %2 秒，%n 个样本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Waiting: %n s left.</source>
        <translation>
            <numerusform>等待中：剩余 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The item &apos;%1&apos; has no automatic check: record its result with &apos;edgectl commission record&apos;.</source>
        <translation>项目“%1”没有自动检查：请用 &apos;edgectl commission record&apos; 记录其结果。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Running %1 on %2…</source>
        <translation>正在对 %2 运行 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Cancelled; the %n record(s) read so far are kept.</source>
        <translation>
            <numerusform>已取消；已读取的 %n 条记录已保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cancelled. %2</source>
        <translation>%1：已取消。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: passed. %2</source>
        <translation>%1：通过。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed. %2</source>
        <translation>%1：未通过。%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recorded %n record(s) for &apos;%1&apos; in &apos;%2&apos;: the item is %3.</source>
        <translation>
            <numerusform>已为“%2”中的“%1”记录 %n 条记录：该项目为%3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The cabinet the run belongs to (id or name).</source>
        <translation>调测运行所属的机柜（ID 或名称）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the commissioning templates (checklists).</source>
        <translation>列出调测模板（检查清单）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a new template, or a new version of one, from its JSON file.</source>
        <translation>从 JSON 文件保存新模板或模板的新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start commissioning a cabinet against a template.</source>
        <translation>按模板开始调测一个机柜。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cabinet to commission (id or name).</source>
        <translation>要调测的机柜（ID 或名称）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template: its id (newest version) or &quot;ID vN&quot;.</source>
        <translation>模板：其 ID（最新版本）或“ID vN”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run name (default: &quot;Acceptance&quot; and today&apos;s date).</source>
        <translation>调测运行名称（默认：“验收”加今天的日期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accepting party (organisation or person).</source>
        <translation>验收方（单位或个人）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who commissions (default: the signed-in user).</source>
        <translation>调测人（默认：当前登录用户）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the run.</source>
        <translation>调测运行的备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the commissioning runs, newest first.</source>
        <translation>列出调测运行，最新的在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a run&apos;s progress per section, verdict and open items.</source>
        <translation>显示调测运行各章节的进度、结论和遗留项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a result or evidence for one checklist item.</source>
        <translation>为一个检查项记录结果或证据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checklist item.</source>
        <translation>检查项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item passed.</source>
        <translation>该检查项通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item failed.</source>
        <translation>该检查项失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the item (it becomes an open item of the report).</source>
        <translation>跳过该检查项（它将成为报告中的遗留项）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A measurement; with the item&apos;s range it records pass or fail.</source>
        <translation>一个测量值；若检查项有范围，则据此记录通过或失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit of --measure (default: the item&apos;s).</source>
        <translation>--measure 的单位（默认：检查项的单位）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A photo as evidence.</source>
        <translation>作为证据的照片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note as evidence.</source>
        <translation>作为证据的备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment on the result (the caption of a photo).</source>
        <translation>对结果的说明（照片的说明文字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run an item&apos;s automatic check and record what it read.</source>
        <translation>运行项目的自动检查并记录读取结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device to read (default: the item&apos;s &quot;device&quot; parameter, else the cabinet&apos;s first device with a fitting protocol).</source>
        <translation>要读取的设备（默认：项目的 &quot;device&quot; 参数，否则为机柜中第一个协议匹配的设备）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check only this node (default: server checks cover every node of the cabinet; those over SSH every node with a management address).</source>
        <translation>只检查此节点（默认：服务器检查覆盖机柜的每个节点；通过 SSH 的检查覆盖每个有管理地址的节点）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH user for the server checks.</source>
        <translation>服务器检查使用的 SSH 用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH private key file.</source>
        <translation>SSH 私钥文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the SSH password from standard input (else EDGE_SSH_PASSWORD).</source>
        <translation>从标准输入读取 SSH 密码（否则使用 EDGE_SSH_PASSWORD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The known_hosts file to check and record host keys in (default: the one of &apos;edgectl install&apos;).</source>
        <translation>用于核对和记录主机密钥的 known_hosts 文件（默认：&apos;edgectl install&apos; 所用的文件）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the device&apos;s secrets from standard input, one per line (SNMP community; or the v3 auth and priv passphrases); else EDGE_SNMP_COMMUNITY, EDGE_SNMP_AUTH_PASSPHRASE, EDGE_SNMP_PRIV_PASSPHRASE.</source>
        <translation>从标准输入读取设备的机密信息，每行一个（SNMP 团体名；或 v3 认证和加密口令）；否则使用 EDGE_SNMP_COMMUNITY、EDGE_SNMP_AUTH_PASSPHRASE、EDGE_SNMP_PRIV_PASSPHRASE。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit codes: 0 the check passed, 3 it ran and failed, 1 an error or Ctrl-C (what was read until then is recorded), 2 usage. Guided tests print the time left and burn-in the elapsed time on standard error.</source>
        <translation>退出码：0 检查通过，3 已运行但未通过，1 出错或 Ctrl-C（此前读取的内容已记录），2 用法错误。引导测试在标准错误输出剩余时间，老化运行输出已用时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish a run: it is read-only from then on.</source>
        <translation>完成调测运行：此后为只读。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish even with pending items (they become open items).</source>
        <translation>即使有待检查项也完成（它们成为遗留项）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a revision of a finished run, holding a copy of its records.</source>
        <translation>开始已完成调测运行的修订版，其中包含其记录的副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the sealed acceptance report as PDF.</source>
        <translation>将已封签的验收报告写为 PDF。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the signing key&apos;s passphrase from standard input (else EDGE_SIGNING_PASSPHRASE or a prompt).</source>
        <translation>从标准输入读取签名密钥的口令（否则使用 EDGE_SIGNING_PASSPHRASE 或提示输入）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/edgectl/surveyreport.cpp" line="+39"/>
        <source>Wrote the report of &apos;%1&apos; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>已将“%1”的报告写入 %2（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Write the survey report as PDF.</source>
        <translation>将勘察报告写成 PDF。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-5"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="+3"/>
        <source>Language of the report (default: the user-interface language).</source>
        <translation>报告语言（默认：界面语言）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/edgectl/surveyreport.cpp" line="+2"/>
        <source>Where to write the PDF (-o FILE.pdf).</source>
        <translation>PDF 的保存位置（-o 文件.pdf）。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/surveyreport.cpp" line="+2"/>
        <source>Add a photo (JPEG, PNG, ...) to the survey.</source>
        <translation>为勘察添加照片（JPEG、PNG 等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo.</source>
        <translation>照片文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the photo shows.</source>
        <translation>照片内容说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a note to the survey.</source>
        <translation>为勘察添加备注。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note.</source>
        <translation>备注内容。</translation>
    </message>
    <message>
        <location filename="../app/edgectl/synccommands.cpp" line="-347"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving operations</source>
        <translation>正在接收操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending operations</source>
        <translation>正在发送操作</translation>
    </message>
    <message>
        <location filename="../app/edgectl/commissioncommands.cpp" line="-1049"/>
        <location filename="../app/edgectl/synccommands.cpp" line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/edgectl/synccommands.cpp" line="+73"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(exists)</source>
        <translation>（存在）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Check the address given with --hub and that edge-hub is running there.</source>
        <translation>请检查 --hub 给出的地址，并确认 edge-hub 正在该处运行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sync needs --data DIR: the local store to sync</source>
        <translation>sync 需要 --data DIR：要同步的本地存储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync needs --hub HOST:PORT: the hub to sync with</source>
        <translation>sync 需要 --hub HOST:PORT：要同步的管理中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync needs --ca FILE: the hub&apos;s CA certificate (edge-hub prints its path when it starts)</source>
        <translation>sync 需要 --ca FILE：管理中心的 CA 证书（edge-hub 启动时会打印其路径）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync needs --user NAME: who signs in to the hub</source>
        <translation>sync 需要 --user NAME：登录管理中心的用户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--batch takes a number of operations from 1 to 5000</source>
        <translation>--batch 取 1 到 5000 之间的操作数</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is a viewer at %2 and may not send changes; this store has changes the hub lacks. Sign in as an operator or administrator (--user), or ask an administrator for the operator role. Nothing was changed.</source>
        <translation>%1 在 %2 上是查看者，不能发送更改；本存储有管理中心缺少的更改。请以操作员或管理员身份登录（--user），或请管理员授予操作员角色。未做任何更改。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync cancelled. What was sent and received so far is kept; the next sync continues from there.</source>
        <translation>同步已取消。已发送和接收的内容会保留；下次同步将从此处继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not send changes to %2 (%3). Sign in as an operator or administrator. Batches received before this are kept.</source>
        <translation>%1 不能向 %2 发送更改（%3）。请以操作员或管理员身份登录。此前接收的批次会保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batches completed before the failure are kept; run the sync again to continue.</source>
        <translation>失败前完成的批次会保留；再次运行同步即可继续。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 as %2</source>
        <translation>%1，用户 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 个操作</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 received, %2 sent (%3)</source>
        <translation>已接收 %1 个，已发送 %2 个（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 open: see &apos;%2conflicts list&apos;</source>
        <translation>%1 个未解决：请查看 &apos;%2conflicts list&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n operation(s) not yet on the hub</source>
        <translation>
            <numerusform>%n 个操作尚未到达管理中心</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op id</source>
        <translation>操作 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner</source>
        <translation>胜出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a value: %1conflicts resolve ID --keep winner|other|OPID</source>
        <translation>保留一个值：%1conflicts resolve ID --keep winner|other|OPID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --keep winner, --keep other or --keep OPID (see &apos;conflicts list&apos; for the op ids)</source>
        <translation>请给出 --keep winner、--keep other 或 --keep OPID（操作 ID 见 &apos;conflicts list&apos;）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no open conflict &apos;%1&apos; (it may be resolved already). See &apos;%2conflicts list&apos;.</source>
        <translation>没有未解决的冲突 &apos;%1&apos;（可能已解决）。请查看 &apos;%2conflicts list&apos;。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflict &apos;%1&apos; has no winning value; keep one by its op id: %2</source>
        <translation>冲突 &apos;%1&apos; 没有胜出的值；请按操作 ID 保留其中一个：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict &apos;%1&apos; has %2 other values; keep one by its op id: %3</source>
        <translation>冲突 &apos;%1&apos; 有 %2 个其他值；请按操作 ID 保留其中一个：%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a value of conflict &apos;%2&apos;; keep winner, other or one of: %3</source>
        <translation>&apos;%1&apos; 不是冲突 &apos;%2&apos; 的值；请保留 winner、other 或以下之一：%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resolved %1: kept %2 (%3). The resolution syncs like any other change.</source>
        <translation>已解决 %1：保留 %2（%3）。此解决会像其他更改一样同步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync the local store (--data) with a hub.</source>
        <translation>将本地存储（--data）与管理中心同步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs in to the hub given with --hub and --ca as --user (password from EDGE_PASSWORD, --password-stdin or a prompt), receives the hub&apos;s changes, sends the local ones and moves the attachments either side lacks. An interrupted sync (Ctrl-C, a lost link) keeps every completed batch and continues from there next time. Concurrent edits of one field are kept as conflicts: see &apos;edgectl conflicts list&apos;. Without a network: &apos;edgectl sync export|import&apos;.</source>
        <translation>以 --user 身份登录 --hub 和 --ca 指定的管理中心（密码来自 EDGE_PASSWORD、--password-stdin 或提示输入），接收管理中心的更改，发送本地更改，并传输任一方缺少的附件。中断的同步（Ctrl-C、链路断开）会保留每个已完成的批次，下次从那里继续。对同一字段的并发编辑会作为冲突保留：请查看 &apos;edgectl conflicts list&apos;。无网络时：&apos;edgectl sync export|import&apos;。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Operations per batch (1 to 5000; default 2000).</source>
        <translation>每批操作数（1 到 5000；默认 2000）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List the conflicts sync found, with every value kept.</source>
        <translation>列出同步发现的冲突及保留的每个值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works on --data (the local store) or --hub (a hub you are logged in to). The value marked * is the one in use until someone resolves the conflict.</source>
        <translation>适用于 --data（本地存储）或 --hub（已登录的管理中心）。标有 * 的值在冲突解决前处于使用中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolve a conflict by keeping one of its values.</source>
        <translation>保留冲突的一个值以解决冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--keep winner keeps the value in use, --keep other the single other value, --keep OPID the value written by that operation (op ids are in &apos;conflicts list&apos;). The resolution is an ordinary change: it reaches the other replicas with the next sync.</source>
        <translation>--keep winner 保留正在使用的值，--keep other 保留唯一的另一个值，--keep OPID 保留该操作写入的值（操作 ID 见 &apos;conflicts list&apos;）。解决本身是一次普通更改：下次同步时到达其他副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which value to keep.</source>
        <translation>要保留的值。</translation>
    </message>
</context>
</TS>
