<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="35"/>
        <source>Empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="36"/>
        <source>This database is empty. Load demo data?</source>
        <translation>该数据库为空。要加载演示数据吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="38"/>
        <source>Outpost can add {reps} sample sales reps in several regions with {years} years of targets, actuals, one-on-ones, reviews, training, risks and compliance items, so you can try every area. Choose No to start with an empty database.</source>
        <translation>Outpost 可以添加分布在多个区域的 {reps} 名示例销售人员，以及 {years} 年的目标、实际业绩、一对一面谈、绩效评估、培训、风险和合规事项，方便您试用各个功能。选择“否”则从空数据库开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="60"/>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="66"/>
        <source>Demo data loaded.</source>
        <translation>演示数据已加载。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="71"/>
        <source>Loading demo data was cancelled.</source>
        <translation>已取消加载演示数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="75"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="81"/>
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="43"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="51"/>
        <source>Outpost ran into a problem it did not expect. Your data is safe; the details were written to the log file.</source>
        <translation>Outpost 遇到了一个意外问题。您的数据是安全的；详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="68"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="84"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="18"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="19"/>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="20"/>
        <source>Inactive</source>
        <translation>已离任</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="27"/>
        <source>Acquisition</source>
        <translation>新客户开发</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <source>Retention</source>
        <translation>客户维护</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29"/>
        <source>Both</source>
        <translation>开发与维护</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>&amp;About Outpost</source>
        <translation>关于 Outpost(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Database: {where} ({kind})</source>
        <translation>数据库：{where}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>About Outpost</source>
        <translation>关于 Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>&lt;h3&gt;Outpost {version}&lt;/h3&gt;&lt;p&gt;A console for regional managers of field and expatriate sales staff: team, targets, one-on-ones, reviews, training, risks and compliance.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outpost {version}&lt;/h3&gt;&lt;p&gt;面向外勤及驻外销售人员区域经理的管理控制台：团队、目标、一对一面谈、绩效评估、培训、风险与合规。&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RepDetail</name>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="44"/>
        <source>Select a rep to see the details.</source>
        <translation>选择一名销售人员以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="92"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="93"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="94"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="95"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="96"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="97"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="98"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="99"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="100"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="101"/>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="102"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="103"/>
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="104"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="105"/>
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="106"/>
        <source>Posting end</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="107"/>
        <source>Work permit number</source>
        <translation>工作许可证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="108"/>
        <source>Work permit expiry</source>
        <translation>工作许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="109"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="136"/>
        <source>open-ended</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="158"/>
        <source>Local time: {time}, {weekday}</source>
        <translation>当地时间：{time}，{weekday}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="146"/>
        <source>Database too new</source>
        <translation>数据库版本过新</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="147"/>
        <source>This database was written by a newer version of Outpost. Install that version to open it; the database was left untouched.</source>
        <translation>该数据库由更新版本的 Outpost 写入。请安装该版本后再打开；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="160"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="161"/>
        <source>Outpost could not open the database:

{error}</source>
        <translation>Outpost 无法打开数据库：

{error}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/ui/workers.py" line="152"/>
        <source>Cancelling…</source>
        <extracomment>How long a task may run before the progress dialog appears.</extracomment>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="160"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="169"/>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
</context>
<context>
    <name>TeamColumns</name>
    <message>
        <location filename="../../app/ui/panes/team.py" line="64"/>
        <source>Expired {days} days ago</source>
        <translation>已过期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="66"/>
        <source>Expires in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="73"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="79"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="85"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="91"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="97"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="101"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="106"/>
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="112"/>
        <source>Permit expiry</source>
        <translation>许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="121"/>
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <location filename="../../app/ui/panes/team.py" line="141"/>
        <source>Search name, Chinese name, email, city…</source>
        <translation>搜索姓名、中文名、电子邮件、城市…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="144"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="175"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="207"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="260"/>
        <source>Reps: {count}</source>
        <translation>销售人员：{count}</translation>
    </message>
</context>
</TS>
