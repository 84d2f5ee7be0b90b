<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location line="+98"/>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The node has no key at &apos;%1&apos;.</source>
        <translation>节点在“%1”处没有密钥。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The node needs a host name.</source>
        <translation>节点需要一个主机名。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The certificate from the hub does not belong to this node&apos;s key.</source>
        <translation>管理中心返回的证书与本节点的密钥不匹配。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub sent no CA certificate.</source>
        <translation>管理中心未发送 CA 证书。</translation>
    </message>
</context>
<context>
    <name>edge::api</name>
    <message>
        <location filename="../backend/api/entity.cpp" line="+143"/>
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
        <location line="+19"/>
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
        <location filename="../backend/api/inventorytypes.cpp" line="+56"/>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>名称的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过了 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character.</source>
        <translation>名称包含控制字符。</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+64"/>
        <source>Unknown device kind &apos;%1&apos;; use ups, pdu, air-conditioner, switch, temp-humidity-sensor, smoke-sensor, water-sensor or door-sensor.</source>
        <translation>未知的设备类型“%1”；请使用 ups、pdu、air-conditioner、switch、temp-humidity-sensor、smoke-sensor、water-sensor 或 door-sensor。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown protocol &apos;%1&apos;; use none, snmp, modbus-tcp or modbus-rtu.</source>
        <translation>未知的协议“%1”；请使用 none、snmp、modbus-tcp 或 modbus-rtu。</translation>
    </message>
    <message>
        <location line="+14"/>
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
</context>
<context>
    <name>edge::client</name>
    <message>
        <location filename="../backend/client/client.cpp" line="+76"/>
        <source>The hub did not accept the change stream in time.</source>
        <translation>管理中心未能及时接受变更流。</translation>
    </message>
    <message>
        <location line="+229"/>
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
</context>
<context>
    <name>edge::console</name>
    <message>
        <location filename="../app/console/console.cpp" line="+44"/>
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
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate (PEM) that signed the remote hub&apos;s certificate.</source>
        <translation>签发远程管理中心证书的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+13"/>
        <source>Run %1 --help for the options.</source>
        <translation>运行 %1 --help 查看选项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &apos;%1&apos;. Run with --help for the options.</source>
        <translation>多余的参数“%1”。使用 --help 查看选项。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--lang: unknown language &apos;%1&apos;; use one of: %2.</source>
        <translation>--lang：未知语言“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data: give a directory.</source>
        <translation>--data：请指定一个目录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--ca only makes sense with --hub.</source>
        <translation>--ca 只能与 --hub 一起使用。</translation>
    </message>
</context>
<context>
    <name>edge::console::Console</name>
    <message>
        <location filename="../app/console/main.cpp" line="+104"/>
        <source>The embedded hub in %1 could not be opened: %2</source>
        <translation>无法打开 %1 中的内置管理中心：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EdgeConsole</source>
        <translation>EdgeConsole</translation>
    </message>
</context>
<context>
    <name>edge::console::ConsoleConnector</name>
    <message>
        <location filename="../app/console/consoleconnector.cpp" line="+114"/>
        <source>The embedded hub has been shut down.</source>
        <translation>内置管理中心已关闭。</translation>
    </message>
</context>
<context>
    <name>edge::demo::DemoTr</name>
    <message>
        <location filename="../backend/demo/demoestate.cpp" line="+442"/>
        <source>The demo estate is already present. Remove the demo data first, then seed it again.</source>
        <translation>演示环境已存在。请先删除演示数据，然后重新生成。</translation>
    </message>
</context>
<context>
    <name>edge::hub</name>
    <message>
        <location filename="../backend/hub/certificateauthority.cpp" line="+162"/>
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
        <location line="+54"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is neither a host name nor an IP address; a certificate cannot name it.</source>
        <translation>“%1”既不是主机名也不是 IP 地址，无法写入证书。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A certificate must be valid for 1 to 3650 days.</source>
        <translation>证书的有效期必须为 1 到 3650 天。</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+10"/>
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
        <location filename="../backend/hub/hub.cpp" line="+62"/>
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
        <location line="+52"/>
        <source>No data directory was given.</source>
        <translation>未指定数据目录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is neither a host name nor an IP address; the hub&apos;s certificate cannot name it.</source>
        <translation>“%1”既不是主机名也不是 IP 地址，无法写入管理中心的证书。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the data directory &apos;%1&apos;.</source>
        <translation>无法创建数据目录“%1”。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot read the server certificate in &apos;%1&apos;.</source>
        <translation>无法读取“%1”中的服务器证书。</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>edge::podman::PodmanClient</name>
    <message>
        <location filename="../device-protocols/podman/podmanclient.cpp" line="+87"/>
        <source>The Podman request timed out.</source>
        <translation>Podman 请求超时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+147"/>
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
        <location line="+393"/>
        <source>Podman reported an error: %1</source>
        <translation>Podman 报告错误：%1</translation>
    </message>
</context>
<context>
    <name>edge::proto</name>
    <message>
        <location filename="../backend/proto/convert.cpp" line="+66"/>
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
        <location line="+26"/>
        <location line="+16"/>
        <source>The hub is shutting down.</source>
        <translation>管理中心正在关闭。</translation>
    </message>
    <message>
        <location line="+185"/>
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
        <location line="+9"/>
        <source>This hub cannot issue certificates.</source>
        <translation>此管理中心无法签发证书。</translation>
    </message>
</context>
<context>
    <name>edge::ssh</name>
    <message>
        <location filename="../device-protocols/ssh/sshsession.cpp" line="+96"/>
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
        <location line="+99"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="-149"/>
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
        <location line="+17"/>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+19"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+22"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+19"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>The file transfer failed.</source>
        <translation>文件传输失败。</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+22"/>
        <location line="+77"/>
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
        <location line="+95"/>
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
        <location filename="../backend/store/migrations.cpp" line="+133"/>
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
        <location filename="../backend/store/oplog.cpp" line="+125"/>
        <source>An operation value is not valid JSON.</source>
        <translation>某个操作值不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An operation value has the wrong type for its field.</source>
        <translation>某个操作值的类型与其字段不符。</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitestore.cpp" line="+78"/>
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
        <location line="+44"/>
        <source>The file &apos;%1&apos; is damaged or is not an EdgeConsole database.</source>
        <translation>文件“%1”已损坏或不是 EdgeConsole 数据库。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The operation log is inconsistent.</source>
        <translation>操作日志不一致。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An operation to append lacks its op id, replica, hlc, entity, entity id or field.</source>
        <translation>要追加的操作缺少操作 id、副本、HLC、实体、实体 id 或字段。</translation>
    </message>
    <message>
        <location line="+77"/>
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
        <location line="+33"/>
        <source>A %1 with the id &apos;%2&apos; already exists.</source>
        <translation>id 为“%2”的 %1 已存在。</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+22"/>
        <location line="+136"/>
        <location line="+572"/>
        <source>No %1 has the id &apos;%2&apos;.</source>
        <translation>没有 id 为“%2”的 %1。</translation>
    </message>
    <message>
        <location line="-722"/>
        <source>Say which %1 to change: the id is missing.</source>
        <translation>请指定要更改的 %1：缺少 id。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 was changed by someone else since you loaded it (revision %2, yours is %3). Reload it and try again.</source>
        <translation>自您加载此 %1 以来，它已被他人更改（修订号 %2，您的为 %3）。请重新加载后重试。</translation>
    </message>
    <message>
        <location line="+144"/>
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
        <location line="+188"/>
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
    <name>edge::widgets::ConnectHubDialog</name>
    <message>
        <location filename="../widgets/dialogs/connecthubdialog.cpp" line="+100"/>
        <source>Connect to a Remote Hub</source>
        <translation>连接远程管理中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the console to a hub running on another machine. The connection is encrypted (TLS); the hub&apos;s certificate must be signed by the CA you choose.</source>
        <translation>将控制台连接到运行在另一台机器上的管理中心。连接经过加密（TLS）；管理中心的证书必须由您选择的 CA 签发。</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the CA Certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the CA certificate (a PEM file) that signed the hub&apos;s certificate.</source>
        <translation>请选择签发管理中心证书的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>CA 证书“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your user name on that hub.</source>
        <translation>请输入您在该管理中心的用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user name or password is wrong. (%1)</source>
        <translation>用户名或密码错误。（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub at %1 did not answer: %2</source>
        <translation>位于 %1 的管理中心没有响应：%2</translation>
    </message>
</context>
<context>
    <name>edge::widgets::DeleteSiteDialog</name>
    <message>
        <location filename="../widgets/dialogs/deletesitedialog.cpp" line="+119"/>
        <source>Could not count the site&apos;s cabinets, nodes and devices: %1</source>
        <translation>无法统计该站点的机柜、节点和设备：%1</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <source>Checking for cabinets, nodes and devices at this site…</source>
        <translation>正在检查该站点的机柜、节点和设备…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site has no cabinets, nodes or devices.</source>
        <translation>该站点没有机柜、节点或设备。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site still has %1 cabinets, %2 nodes and %3 devices. Deleting the site deletes them too.</source>
        <translation>该站点还有 %1 个机柜、%2 个节点和 %3 台设备。删除站点会将它们一并删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also delete its cabinets, nodes and devices</source>
        <translation>同时删除其机柜、节点和设备</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The site got new cabinets, nodes or devices meanwhile. Check the numbers above and confirm again.</source>
        <translation>在此期间该站点新增了机柜、节点或设备。请核对上面的数量后再次确认。</translation>
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
    <name>edge::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/views/mainwindow.cpp" line="+34"/>
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
        <location line="+4"/>
        <source>Commissioning</source>
        <translation>调测</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+143"/>
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
        <location line="+14"/>
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
    <name>edge::widgets::PlaceholderPage</name>
    <message>
        <location line="-308"/>
        <source>Topology will draw how regions, sites, cabinets, nodes and devices connect, and let you explore the estate as a diagram.</source>
        <translation>拓扑页面将绘制区域、站点、机柜、节点和设备之间的连接关系，让您以图形方式浏览整个资产。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey will record what engineers find on site before installation: rooms, power, cooling, network and photos.</source>
        <translation>勘察页面将记录工程师在安装前于现场看到的情况：机房、供电、制冷、网络和照片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commissioning will guide engineers through installing a cabinet and checking its nodes and devices, step by step.</source>
        <translation>调测页面将一步步引导工程师安装机柜并检查其节点和设备。</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>edge::widgets::RecordListModel</name>
    <message>
        <location filename="../widgets/models/recordlistmodel.cpp" line="+69"/>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+28"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>edge::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/views/settingspage.cpp" line="+183"/>
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
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>edge::widgets::SiteDetailPanel</name>
    <message>
        <location filename="../widgets/views/sitedetailpanel.cpp" line="+236"/>
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
</context>
<context>
    <name>edge::widgets::SiteDialog</name>
    <message>
        <location filename="../widgets/dialogs/sitedialog.cpp" line="+164"/>
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
        <location line="+21"/>
        <source>Someone else changed this site after you opened it. Close this dialog and open it again to see their changes.</source>
        <translation>在您打开此对话框后，其他人修改了该站点。请关闭对话框并重新打开，以查看他们的修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may not change sites: your role only allows viewing. (%1)</source>
        <translation>您不能修改站点：您的角色只允许查看。（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub did not answer. Check the connection and try again. (%1)</source>
        <translation>管理中心没有响应。请检查连接后重试。（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub refused the change (%1).</source>
        <translation>管理中心拒绝了此修改（%1）。</translation>
    </message>
</context>
<context>
    <name>edge::widgets::SitesModel</name>
    <message>
        <location filename="../widgets/models/sitesmodel.cpp" line="+437"/>
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
    <name>edge_hub</name>
    <message>
        <location filename="../app/hub/main.cpp" line="+63"/>
        <source>Run &apos;edge-hub --help&apos; for the options.</source>
        <translation>运行“edge-hub --help”查看可用选项。</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+10"/>
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
        <location filename="../app/edgectl/connection.cpp" line="+49"/>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/edgectl/entitycommands.cpp" line="+336"/>
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
        <location filename="../app/edgectl/kinds.cpp" line="-88"/>
        <location line="+15"/>
        <location line="+33"/>
        <location line="+37"/>
        <location line="+44"/>
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
        <location filename="../app/edgectl/args.cpp" line="+47"/>
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
        <location filename="../app/edgectl/cli.cpp" line="+35"/>
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
        <location line="+9"/>
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
        <location line="+33"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Run &apos;edgectl --help&apos; for the commands.</source>
        <translation>运行“edgectl --help”查看命令列表。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+25"/>
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
        <location filename="../app/edgectl/entitycommands.cpp" line="-272"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>“%1”不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot clear &apos;%1&apos;; fields: %2</source>
        <translation>无法清除“%1”；可清除的字段：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is both set and cleared</source>
        <translation>%1 不能同时设置和清除</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+74"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+227"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-222"/>
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
        <location line="+80"/>
        <source>No %1 matches.</source>
        <translation>没有匹配的 %1。</translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location filename="../app/edgectl/kinds.cpp" line="-132"/>
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
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-110"/>
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
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude, WGS84 degrees (-180..180).</source>
        <translation>经度，WGS84 度数（-180..180）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Free-text notes.</source>
        <translation>自由文本备注。</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cabinets and racks at a site.</source>
        <translation>站点中的机柜和机架。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location line="+44"/>
        <source>Site (id or name).</source>
        <translation>站点（ID 或名称）。</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+34"/>
        <location line="+44"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="-76"/>
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
        <location line="-43"/>
        <location line="+44"/>
        <source>Cabinet</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="-42"/>
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
        <location line="+1"/>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-10"/>
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
</context>
</TS>
