<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActualsGridDialog</name>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="281"/>
        <location filename="../../app/ui/panes/actuals_grid.py" line="412"/>
        <source>Record actuals</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="316"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="318"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="350"/>
        <source>Amounts in each rep&apos;s currency; hover a cell for {base}</source>
        <translation>金额为各销售人员的当地币种；鼠标悬停可查看{base}金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="383"/>
        <source>{rep}: {where} {message}</source>
        <translation>{rep}：{where} {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="424"/>
        <source>Discard the actuals typed but not saved?</source>
        <translation>放弃已输入但尚未保存的实际值？</translation>
    </message>
</context>
<context>
    <name>ActualsGridModel</name>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="138"/>
        <source>Rep</source>
        <extracomment>Months holding more than one actual (e.g. imported weeks): not editable here.</extracomment>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="139"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="140"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="141"/>
        <source>Year in {base}</source>
        <translation>全年（{base}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="194"/>
        <source>Several actuals make up this month; edit them one by one</source>
        <translation>本月由多条实际值组成，请逐条编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="200"/>
        <source>No {unit} rate into {base} on {date}</source>
        <translation>{date} 没有 {unit} 兑 {base} 的汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/actuals_grid.py" line="203"/>
        <source>{amount} {base} at the rate of {date}</source>
        <translation>按 {date} 汇率折合 {amount} {base}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="72"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="72"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="107"/>
        <source>Someone else saved this first</source>
        <translation>已被他人先行保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="114"/>
        <source>This {what} was changed and saved by someone else after you opened it. Reload their version (your changes are discarded) or overwrite it with yours (their changes are replaced).</source>
        <translation>您打开此{what}后，他人已修改并保存。请重新加载对方的版本（放弃您的修改），或用您的版本覆盖（替换对方的修改）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="125"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="125"/>
        <source>Saved by someone else</source>
        <translation>他人保存的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="125"/>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="156"/>
        <source>Reload theirs</source>
        <translation>重新加载对方版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="158"/>
        <source>Overwrite with mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
</context>
<context>
    <name>CreateTargetDialog</name>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="236"/>
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="239"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="240"/>
        <source>One rep</source>
        <translation>单个销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="241"/>
        <source>Every active rep of the region</source>
        <translation>本区域所有在岗销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="244"/>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="246"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="247"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="248"/>
        <source>Split</source>
        <translation>分解</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="250"/>
        <source>Year split evenly into quarters and months</source>
        <translation>全年目标平均分解到季度和月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="253"/>
        <source>Year split by a monthly distribution</source>
        <translation>全年目标按月度分布分解</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="255"/>
        <source>No split: this period only</source>
        <translation>不分解：仅此期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="258"/>
        <source>Target per rep</source>
        <translation>每人目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="260"/>
        <source>For money metrics, in each rep&apos;s own currency</source>
        <translation>金额类指标以各销售人员的当地币种计</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="262"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="263"/>
        <source>Default: the rep&apos;s currency or the metric&apos;s unit</source>
        <translation>默认：销售人员的币种或指标的单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="264"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="266"/>
        <source>SMART description</source>
        <translation>SMART 描述</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="235"/>
        <location filename="../../app/ui/panes/dashboard.py" line="379"/>
        <source>Dashboard</source>
        <extracomment>What the dashboard reloads on (besides &quot;*&quot;). Emitted after new figures are shown (tests wait for it).</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="268"/>
        <source>Total attainment</source>
        <extracomment>The date the lists count from (tests fix it).</extracomment>
        <translation>总达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="269"/>
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="270"/>
        <source>Open high risks</source>
        <translation>未关闭的高风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="271"/>
        <source>Overdue actions</source>
        <translation>逾期待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="282"/>
        <location filename="../../app/ui/panes/dashboard.py" line="287"/>
        <location filename="../../app/ui/panes/dashboard.py" line="293"/>
        <location filename="../../app/ui/panes/dashboard.py" line="298"/>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="282"/>
        <source>Your time</source>
        <translation>您的时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="282"/>
        <source>Rep&apos;s time</source>
        <translation>对方时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="282"/>
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="287"/>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="287"/>
        <location filename="../../app/ui/panes/dashboard.py" line="293"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="287"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="291"/>
        <source>Click an item to open its one-on-one</source>
        <translation>点击条目打开对应的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="293"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="293"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="298"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="298"/>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="298"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="304"/>
        <source>Attainment by rep</source>
        <translation>各销售人员达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="305"/>
        <location filename="../../app/ui/panes/dashboard.py" line="487"/>
        <source>One-on-ones this week</source>
        <translation>本周一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="306"/>
        <location filename="../../app/ui/panes/dashboard.py" line="490"/>
        <source>Overdue action items</source>
        <translation>逾期待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="307"/>
        <location filename="../../app/ui/panes/dashboard.py" line="493"/>
        <source>Permits and compliance due</source>
        <translation>即将到期的工作许可与合规事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="308"/>
        <location filename="../../app/ui/panes/dashboard.py" line="495"/>
        <source>High risks</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="371"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="395"/>
        <source>Could not load the dashboard</source>
        <translation>无法加载概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="421"/>
        <source>(region)</source>
        <translation>（区域）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="423"/>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="502"/>
        <source>{period} · all regions</source>
        <translation>{period} · 全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="506"/>
        <source>regions use different currencies</source>
        <translation>各区域币种不同</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="508"/>
        <source>no targets or actuals</source>
        <translation>暂无目标或实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="513"/>
        <source>{actual} of {target} {unit}</source>
        <translation>{actual} / {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="520"/>
        <source>{n} without an exchange rate</source>
        <translation>{n} 人缺少汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="528"/>
        <source>high or critical</source>
        <translation>高或严重</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="533"/>
        <source>past their due date</source>
        <translation>已过截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="541"/>
        <source>Best {half} and lowest {half} of {n} reps</source>
        <translation>{n} 名销售人员中最高的 {half} 名与最低的 {half} 名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="553"/>
        <source>showing the first {n}</source>
        <translation>仅显示前 {n} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="559"/>
        <source>Work permit {number}</source>
        <translation>工作许可 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="564"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="565"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="566"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/dashboard.py" line="567"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/editors.py" line="82"/>
        <source>Clear the date</source>
        <extracomment>What an empty date, amount or choice shows.</extracomment>
        <translation>清除日期</translation>
    </message>
</context>
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
        <location filename="../../app/ui/demo_offer.py" line="73"/>
        <source>Demo data loaded.</source>
        <translation>演示数据已加载。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="78"/>
        <source>Loading demo data was cancelled.</source>
        <translation>已取消加载演示数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="82"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="88"/>
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
</context>
<context>
    <name>DistributionEditor</name>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="98"/>
        <source>M{n}</source>
        <translation>{n}月</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="99"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="99"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="187"/>
        <source>The percentages add up to {sum} %, not 100 %</source>
        <translation>百分比合计为 {sum} %，而不是 100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="198"/>
        <source>Q{n}: {amount}</source>
        <translation>第{n}季度：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="205"/>
        <source>Year: {amount}</source>
        <translation>全年：{amount}</translation>
    </message>
</context>
<context>
    <name>EditTargetDialog</name>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="369"/>
        <source>Edit target: {rep}, {period}</source>
        <translation>编辑目标：{rep}，{period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="378"/>
        <source>Target ({unit})</source>
        <translation>目标（{unit}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/target_dialogs.py" line="381"/>
        <source>SMART description</source>
        <translation>SMART 描述</translation>
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
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>CSAT</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>DSO</source>
        <translation>应收账款周转天数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Create a new row</source>
        <translation>新建一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Edit the selected row (Enter or double-click)</source>
        <translation>编辑所选行（回车或双击）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Delete the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Export what the pane shows</source>
        <translation>导出当前页面显示的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Search in the pane</source>
        <translation>在当前页面中搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>&amp;About Outpost</source>
        <translation>关于 Outpost(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>Database: {where} ({kind})</source>
        <translation>数据库：{where}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386"/>
        <source>About Outpost</source>
        <translation>关于 Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="388"/>
        <source>&lt;h3&gt;Outpost {version}&lt;/h3&gt;&lt;p&gt;A console for regional managers of field and expatriate sales staff: team, targets, one-on-ones, reviews, training, risks and compliance.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outpost {version}&lt;/h3&gt;&lt;p&gt;面向外勤及驻外销售人员区域经理的管理控制台：团队、目标、一对一面谈、绩效评估、培训、风险与合规。&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../app/ui/period_selector.py" line="32"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="33"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="34"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="48"/>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="52"/>
        <source>Next period</source>
        <translation>下一期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="53"/>
        <source>The period every pane shows</source>
        <translation>所有页面显示的期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="103"/>
        <source>Q{number}</source>
        <translation>第{number}季度</translation>
    </message>
</context>
<context>
    <name>RepDetail</name>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="47"/>
        <source>Select a rep to see the details.</source>
        <translation>选择一名销售人员以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="97"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="98"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="100"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="101"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="102"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="103"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="104"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="105"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="106"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="107"/>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="108"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="109"/>
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="110"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="111"/>
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="112"/>
        <source>Posting end</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="113"/>
        <source>Work permit number</source>
        <translation>工作许可证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="114"/>
        <source>Work permit expiry</source>
        <translation>工作许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="115"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="142"/>
        <source>open-ended</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_detail.py" line="165"/>
        <source>Local time: {time}, {weekday}</source>
        <translation>当地时间：{time}，{weekday}</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="52"/>
        <source>New rep</source>
        <translation>新建销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="52"/>
        <source>Edit rep</source>
        <translation>编辑销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="64"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="65"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="66"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="67"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="71"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="73"/>
        <source>Language codes separated by commas, e.g. zh, en</source>
        <translation>以逗号分隔的语言代码，例如 zh, en</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="77"/>
        <source>Posting</source>
        <translation>派驻</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="79"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="84"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="85"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="86"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="87"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="88"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="89"/>
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="90"/>
        <source>Posting end</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="91"/>
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="93"/>
        <source>Work permit</source>
        <translation>工作许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="94"/>
        <source>Permit number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="95"/>
        <source>Permit expiry</source>
        <translation>许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="100"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RepHistory</name>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="199"/>
        <source>Create {name}</source>
        <translation>新建 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="205"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="217"/>
        <source>Deactivate {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_dialog.py" line="238"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
</context>
<context>
    <name>RepProfile</name>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="118"/>
        <source>Targets and attainment</source>
        <extracomment>Topics after which the shown sections are loaded again.</extracomment>
        <translation>目标与达成</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="119"/>
        <source>Recent one-on-ones</source>
        <translation>近期一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="120"/>
        <source>Reviews</source>
        <translation>绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="121"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="122"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="160"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="197"/>
        <source>No targets in {period}.</source>
        <translation>{period}没有目标。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="198"/>
        <source>No one-on-ones yet.</source>
        <translation>尚无一对一面谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="199"/>
        <source>No reviews yet.</source>
        <translation>尚无绩效评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="200"/>
        <source>No training assigned.</source>
        <translation>尚未安排培训。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="201"/>
        <source>No risks recorded.</source>
        <translation>尚无风险记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="205"/>
        <source>Targets and attainment, {period}</source>
        <translation>目标与达成，{period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="260"/>
        <source>Next: {link}</source>
        <translation>下一次：{link}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="282"/>
        <source>rating {rating}</source>
        <translation>评级 {rating}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/rep_profile.py" line="284"/>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../app/ui/toolbar.py" line="38"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings.py" line="96"/>
        <source>Language</source>
        <extracomment>(value, untranslated label) pairs when only some values are allowed.</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="99"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="100"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="101"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="109"/>
        <source>Region shown at start</source>
        <translation>启动时显示的区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="117"/>
        <source>Period shown at start</source>
        <translation>启动时显示的期间</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="151"/>
        <source>Database too new</source>
        <translation>数据库版本过新</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="152"/>
        <source>This database was written by a newer version of Outpost. Install that version to open it; the database was left untouched.</source>
        <translation>该数据库由更新版本的 Outpost 写入。请安装该版本后再打开；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="165"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="166"/>
        <source>Outpost could not open the database:

{error}</source>
        <translation>Outpost 无法打开数据库：

{error}</translation>
    </message>
</context>
<context>
    <name>TargetColumns</name>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="83"/>
        <source>No actual recorded yet</source>
        <translation>尚未录入实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="84"/>
        <source>{count} actual(s) to date</source>
        <translation>截至目前共 {count} 条实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="87"/>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="90"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="96"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="103"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="111"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="118"/>
        <source>Actual to date</source>
        <translation>截至目前实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="125"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="133"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="137"/>
        <source>Target (base)</source>
        <translation>目标（本位币）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="143"/>
        <source>Actual (base)</source>
        <translation>实际（本位币）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="149"/>
        <source>SMART description</source>
        <translation>SMART 描述</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="187"/>
        <source>All metrics</source>
        <extracomment>What &quot;to date&quot; means; tests set a fixed day.</extracomment>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="190"/>
        <source>Record actuals…</source>
        <translation>录入实际值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="192"/>
        <source>Type a year of actuals per rep and month</source>
        <translation>按销售人员和月份录入一年的实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="226"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="255"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="323"/>
        <source>Choose a region to record its actuals</source>
        <translation>请选择一个区域以录入其实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="326"/>
        <source>Targets: {count}</source>
        <translation>目标：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="363"/>
        <source>Select a target to see its months</source>
        <translation>选择一个目标以查看其各月情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="421"/>
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="421"/>
        <source>New targets ({count})</source>
        <translation>新建目标（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="431"/>
        <location filename="../../app/ui/panes/targets.py" line="450"/>
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="458"/>
        <location filename="../../app/ui/panes/targets.py" line="474"/>
        <location filename="../../app/ui/panes/targets.py" line="491"/>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/targets.py" line="460"/>
        <source>Delete the {metric} target of {rep} for {period}, with the quarters and months split from it?</source>
        <translation>删除{rep}在{period}的{metric}目标，以及由其分解出的季度和月度目标？</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/ui/workers.py" line="161"/>
        <source>Cancelling…</source>
        <extracomment>How long a task may run before the progress dialog appears.</extracomment>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="169"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="170"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="178"/>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
</context>
<context>
    <name>TeamColumns</name>
    <message>
        <location filename="../../app/ui/panes/team.py" line="71"/>
        <source>Expired {days} days ago</source>
        <translation>已过期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="73"/>
        <source>Expires in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="77"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="80"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="86"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="92"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="98"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="104"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="108"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="113"/>
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="115"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="119"/>
        <source>Permit expiry</source>
        <translation>许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="128"/>
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <location filename="../../app/ui/panes/team.py" line="157"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="191"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="220"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="312"/>
        <source>Showing {name} only</source>
        <translation>仅显示 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="325"/>
        <source>Reps: {count}</source>
        <translation>销售人员：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="347"/>
        <source>Edit rep</source>
        <translation>编辑销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="364"/>
        <location filename="../../app/ui/panes/team.py" line="393"/>
        <source>Remove rep</source>
        <translation>移除销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="365"/>
        <source>Remove {name} from the team?</source>
        <translation>将 {name} 从团队中移除？</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="368"/>
        <source>Deactivating keeps the rep&apos;s targets, one-on-ones and reviews. Deleting permanently removes the rep with all their history; undo brings the rep back but not the history.</source>
        <translation>停用会保留该销售人员的目标、一对一面谈和绩效评估。永久删除会移除该销售人员及其全部历史记录；撤销只能恢复人员本身，不能恢复历史记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="375"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/panes/team.py" line="378"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
</context>
</TS>
