<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/help/about.py" line="31" />
        <source>About Outpost</source>
        <translation>关于 Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="37" />
        <source>&lt;h3&gt;Outpost {version}&lt;/h3&gt;&lt;p&gt;A console for regional managers of field and expatriate sales staff: team, targets, one-on-ones, reviews, training, risks and compliance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outpost {version}&lt;/h3&gt;&lt;p&gt;面向驻外及外勤销售人员区域经理的管理控制台：团队、目标、一对一面谈、绩效评估、培训、风险与合规。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="44" />
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="49" />
        <source>Outpost is built on these libraries, each under its own licence:</source>
        <translation>Outpost 基于以下程序库构建，各自遵循其许可证：</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="63" />
        <source>Library</source>
        <translation>程序库</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="63" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="63" />
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="72" />
        <source>font file</source>
        <translation>字体文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/about.py" line="74" />
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="216" />
        <source>Accept risk: {title}</source>
        <translation>接受风险：{title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="224" />
        <source>Accepted by</source>
        <translation>接受人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="226" />
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="227" />
        <source>Accepted until</source>
        <translation>接受至</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="121" />
        <source>Record acknowledgement</source>
        <translation>记录确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="118" />
        <source>The rep has read the signed review. Record the day they acknowledged it and, if they wish, their comments.</source>
        <translation>销售人员已阅读已签署的绩效评估。请记录其确认日期，如本人愿意，也可记录其意见。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="123" />
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="126" />
        <source>Rep's comments</source>
        <translation>销售人员意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="130" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="247" />
        <source>New treatment action</source>
        <translation>新建应对行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="251" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="252" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="253" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="78" />
        <source>Action</source>
        <extracomment>The rep's zone when no meeting is shown yet.</extracomment>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="79" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="80" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="81" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="82" />
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="97" />
        <source>no meeting</source>
        <translation>无关联面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="99" />
        <source>carried over</source>
        <translation>已顺延</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="145" />
        <source>Still open from an earlier meeting</source>
        <translation>之前面谈中尚未完成的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="147" />
        <source>Moved here when the previous meeting was held</source>
        <translation>上次面谈完成时顺延至此</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="186" />
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="205" />
        <source>New action item…</source>
        <translation>新待办事项…</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="210" />
        <source>Due date (optional)</source>
        <translation>截止日期（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="211" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="213" />
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="215" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="217" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="280" />
        <source>Due: {reason}</source>
        <translation>到期日：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="298" />
        <source>Add action item</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="307" />
        <source>Type what is to be done first.</source>
        <translation>请先输入要做的事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="330" />
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="353" />
        <location filename="../../app/ui/one_on_ones/action_items.py" line="361" />
        <source>Delete action item</source>
        <translation>删除待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/action_items.py" line="354" />
        <source>Delete the action item “{text}”?</source>
        <translation>删除待办事项“{text}”？</translation>
    </message>
</context>
<context>
    <name>ActualsGridDialog</name>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="290" />
        <location filename="../../app/ui/targets/actuals_grid.py" line="434" />
        <location filename="../../app/ui/targets/actuals_grid.py" line="454" />
        <source>Record actuals</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="327" />
        <source>Metric:</source>
        <extracomment>The day "a month not begun yet" is judged against (the pane's, in tests fixed).</extracomment>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="329" />
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="361" />
        <source>Amounts in each rep's currency; hover a cell for {base}</source>
        <translation>金额为各销售人员的当地币种；鼠标悬停可查看{base}金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="400" />
        <source>{rep}: {where} {message}</source>
        <translation>{rep}：{where} {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="425" />
        <source>{months} has not begun yet: actuals for it are usually a slip (a forecast belongs in the target). Record them anyway?</source>
        <translation>{months}尚未开始：为其录入实际值通常是误操作（预测应写入目标）。仍要录入吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="430" />
        <source>{months} have not begun yet: actuals for them are usually a slip (a forecast belongs in the target). Record them anyway?</source>
        <translation>{months}尚未开始：为其录入实际值通常是误操作（预测应写入目标）。仍要录入吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="466" />
        <source>Discard the actuals typed but not saved?</source>
        <translation>放弃已输入但尚未保存的实际值？</translation>
    </message>
</context>
<context>
    <name>ActualsGridModel</name>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="145" />
        <source>Rep</source>
        <extracomment>Months holding more than one actual (e.g. imported weeks): not editable here.</extracomment>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="146" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="147" />
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="148" />
        <source>Year in {base}</source>
        <translation>全年（{base}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="201" />
        <source>Several actuals make up this month; edit them one by one</source>
        <translation>本月由多条实际值组成，请逐条编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="207" />
        <source>No {unit} rate into {base} on {date}</source>
        <translation>{date} 没有 {unit} 兑 {base} 的汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/actuals_grid.py" line="210" />
        <source>{amount} {base} at the rate of {date}</source>
        <translation>按 {date} 汇率折合 {amount} {base}</translation>
    </message>
</context>
<context>
    <name>AdminPane</name>
    <message>
        <location filename="../../app/ui/admin/pane.py" line="57" />
        <source>Administration</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>AdminTablePane</name>
    <message>
        <location filename="../../app/ui/admin/base.py" line="68" />
        <source>Delete</source>
        <extracomment>What a write of this table announces on the change bus.</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/base.py" line="94" />
        <source>Delete {name}?</source>
        <translation>删除 {name}？</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="106" />
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="108" />
        <source>due {date}, overdue</source>
        <translation>{date} 到期，已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="109" />
        <source>due {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="113" />
        <source>{text} — {owner}, {due}</source>
        <translation>{text} — {owner}，{due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="123" />
        <source>{metric}: {actual} of {target} {unit} — {attainment}</source>
        <translation>{metric}：{actual} / {target} {unit} — {attainment}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="137" />
        <source>{days} days overdue</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="139" />
        <source>due on the day of the meeting</source>
        <translation>面谈当天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="140" />
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="146" />
        <source>Work permit {number} expires {date} ({days})</source>
        <translation>工作许可 {number} 于 {date} 到期（{days}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="153" />
        <source>{title} ({category}) — due {date}, {days}</source>
        <translation>{title}（{category}）— {date} 到期，{days}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="169" />
        <source>; review overdue since {date}</source>
        <translation>；复核自 {date} 起逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="173" />
        <source>; {n} treatment action(s) overdue</source>
        <translation>；{n} 项应对行动逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="195" />
        <source>One-on-one with {rep} — {when}</source>
        <translation>与 {rep} 的一对一面谈 — {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="206" />
        <source>Nothing to raise.</source>
        <translation>无待议事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="210" />
        <source>Open action items carried over</source>
        <translation>顺延的未完成待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="214" />
        <source>Attainment since the last meeting ({since} to {until})</source>
        <translation>上次面谈以来的达成情况（{since} 至 {until}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="220" />
        <source>Training due or overdue</source>
        <translation>即将到期或已逾期的培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="222" />
        <source>{course} — {status}, {due}</source>
        <translation>{course} — {status}，{due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="162" />
        <source>{title} — {category}, score {score} ({level})</source>
        <translation>{title} — {category}，分值 {score}（{level}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="231" />
        <source>Open high risks, overdue reviews and risk actions</source>
        <translation>未关闭的高风险、逾期复核与风险行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="235" />
        <source>Compliance and work permit falling due</source>
        <translation>即将到期的合规事项与工作许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/agenda_text.py" line="239" />
        <source>Other topics</source>
        <translation>其他议题</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="70" />
        <source>New training assignment</source>
        <extracomment>What the Training pane's writes announce on the change bus.</extracomment>
        <translation>新建培训安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="70" />
        <source>Edit training</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="81" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="85" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="87" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="88" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="89" />
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="90" />
        <source>Score (0–100)</source>
        <translation>成绩（0–100）</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="91" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="92" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="93" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="135" />
        <source>Complete training</source>
        <translation>完成培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="144" />
        <source>{course} — {rep}</source>
        <translation>{course} — {rep}</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="148" />
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="149" />
        <source>Score (0–100)</source>
        <translation>成绩（0–100）</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/dialogs.py" line="150" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>ComplianceColumns</name>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="48" />
        <source>Work permit {number}</source>
        <extracomment>Each status's colour, in the table and the country matrix.</extracomment>
        <translation>工作许可 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="56" />
        <source>From Team</source>
        <translation>来自团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="61" />
        <source>Renewed {date}</source>
        <translation>已于 {date} 续期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="65" />
        <source>Every {n} months</source>
        <translation>每 {n} 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="85" />
        <source>Overdue by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="87" />
        <source>Due in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="92" />
        <source>Due or renewal</source>
        <translation>到期/续期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="108" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="114" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="120" />
        <source>Obligation</source>
        <translation>合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="134" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="135" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="138" />
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="145" />
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="149" />
        <source>Legal reference</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/columns.py" line="152" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="38" />
        <source>New obligation</source>
        <translation>新建合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="38" />
        <source>Edit obligation</source>
        <translation>编辑合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="54" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="55" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="58" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="60" />
        <source>Empty: the obligation is the country's, not one rep's</source>
        <translation>留空：该义务属于国家，而非某位销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="62" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="63" />
        <source>Obligation</source>
        <translation>合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="64" />
        <source>Legal reference</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="65" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="66" />
        <source>Due or renewal date</source>
        <translation>到期或续期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="69" />
        <source>Renewed every</source>
        <translation>续期周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="71" />
        <source>Marking it renewed then creates the next due date this many months on</source>
        <translation>标记为已续期时，将在此月数之后生成下一个到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="73" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="74" />
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="78" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="90" />
        <source>No renewal</source>
        <translation>不续期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/dialog.py" line="91" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="88" />
        <location filename="../../app/ui/compliance/pane.py" line="354" />
        <source>Mark renewed</source>
        <extracomment>Today's date (a test may fix it).</extracomment>
        <translation>标记为已续期</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="91" />
        <source>Record the renewal today and create the next due date</source>
        <translation>以今天记录续期并生成下一个到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="97" />
        <source>Obligations: {count}</source>
        <translation>合规义务：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="107" />
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="114" />
        <location filename="../../app/ui/compliance/pane.py" line="220" />
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="117" />
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="122" />
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="128" />
        <source>Any due date</source>
        <translation>不限到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="129" />
        <source>Due within </source>
        <translation>到期于 </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="130" />
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="131" />
        <source>Only obligations due this soon (overdue included)</source>
        <translation>仅显示在此天数内到期的义务（含已逾期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="132" />
        <source>Work permits from Team</source>
        <translation>团队中的工作许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="157" />
        <source>Countries by worst status (click a cell to filter)</source>
        <translation>各国最差状态（点击单元格筛选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="241" />
        <source>Select an obligation to see its evidence.</source>
        <translation>选择一项合规义务以查看其证据文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="246" />
        <source>From the Team data: edit the rep to change the permit.</source>
        <translation>来自团队数据：请编辑该销售人员以修改许可。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="248" />
        <source>A work permit from Team keeps no evidence here</source>
        <translation>来自团队的工作许可不在此保存证据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="255" />
        <source>Renewed on {date}; kept as history</source>
        <translation>已于 {date} 续期；作为历史记录保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="289" />
        <source>Showing one obligation only</source>
        <translation>仅显示一项合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="322" />
        <source>Edit obligation</source>
        <translation>编辑合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="330" />
        <source>Delete obligation</source>
        <translation>删除合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="335" />
        <source>A work permit from Team is removed in the Team pane.</source>
        <translation>来自团队的工作许可需在“团队”窗格中删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="338" />
        <source>Delete {name} and its evidence files?</source>
        <translation>删除“{name}”及其证据文件？</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/pane.py" line="363" />
        <source>Renewed; next due {date}</source>
        <translation>已续期；下次到期 {date}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="75" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="75" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="112" />
        <source>rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="113" />
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="114" />
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="115" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="116" />
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="117" />
        <source>meeting</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="118" />
        <source>action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="119" />
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="120" />
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="121" />
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="122" />
        <source>review</source>
        <translation>绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="123" />
        <source>review cycle</source>
        <translation>绩效评估周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="124" />
        <source>goal</source>
        <translation>发展目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="149" />
        <source>Someone else saved this first</source>
        <translation>已被他人先行保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="156" />
        <source>This {what} was changed and saved by someone else after you opened it. Reload their version (your changes are discarded) or overwrite it with yours (their changes are replaced).</source>
        <translation>您打开此{what}后，他人已修改并保存。请重新加载对方的版本（放弃您的修改），或用您的版本覆盖（替换对方的修改）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="167" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="167" />
        <source>Saved by someone else</source>
        <translation>他人保存的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="167" />
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="198" />
        <source>Reload theirs</source>
        <translation>重新加载对方版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="200" />
        <source>Overwrite with mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
</context>
<context>
    <name>CountryChecklist</name>
    <message>
        <location filename="../../app/ui/first_start/parts.py" line="69" />
        <source>Type to find a country</source>
        <translation>输入以查找国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/parts.py" line="110" />
        <source>Chosen: {codes}</source>
        <translation>已选：{codes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/parts.py" line="112" />
        <source>No country chosen yet</source>
        <translation>尚未选择国家</translation>
    </message>
</context>
<context>
    <name>CountryMatrix</name>
    <message>
        <location filename="../../app/ui/compliance/matrix.py" line="60" />
        <source>{country}, {category}: {status} ({n} obligations)</source>
        <extracomment>A cell's (country, category) for tests and clicks. (country code, category value) of the cell clicked.</extracomment>
        <translation>{country}，{category}：{status}（{n} 项义务）</translation>
    </message>
</context>
<context>
    <name>CourseColumns</name>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="28" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="29" />
        <source>Chinese title</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="30" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="31" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="32" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="33" />
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="34" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="35" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="36" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="39" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="39" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="59" />
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="59" />
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="69" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="70" />
        <source>Chinese title</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="71" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="72" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="73" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="74" />
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="75" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="76" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="77" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="77" />
        <source>Offered to reps</source>
        <translation>向销售人员开放</translation>
    </message>
</context>
<context>
    <name>CoursesPane</name>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="122" />
        <source>Courses: {count}</source>
        <translation>课程：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="128" />
        <source>Training courses</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/courses.py" line="147" />
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
</context>
<context>
    <name>CreateTargetDialog</name>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="240" />
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="243" />
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="244" />
        <source>One rep</source>
        <translation>单个销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="245" />
        <source>Every active rep of the region</source>
        <translation>本区域所有在岗销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="248" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="250" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="251" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="252" />
        <source>Split</source>
        <translation>分解</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="254" />
        <source>Year split evenly into quarters and months</source>
        <translation>全年目标平均分解到季度和月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="257" />
        <source>Year split by a monthly distribution</source>
        <translation>全年目标按月度分布分解</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="259" />
        <source>No split: this period only</source>
        <translation>不分解：仅此期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="262" />
        <source>Target per rep</source>
        <translation>每人目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="264" />
        <source>For money metrics, in each rep's own currency</source>
        <translation>金额类指标以各销售人员的当地币种计</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="266" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="267" />
        <source>Default: the rep's currency or the metric's unit</source>
        <translation>默认：销售人员的币种或指标的单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="268" />
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="270" />
        <source>SMART description</source>
        <translation>SMART 描述</translation>
    </message>
</context>
<context>
    <name>CycleSummaryStrip</name>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="149" />
        <source>No review cycle yet. Open one with “Open cycle…”.</source>
        <translation>尚无评估周期。请通过“启动周期…”启动一个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="151" />
        <source>No review cycle yet. Choose a region to open one.</source>
        <translation>尚无评估周期。请选择一个区域以启动评估周期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="158" />
        <source>&lt;b&gt;{name}&lt;/b&gt; · {kind} · {start} to {end} · {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {kind} · {start} 至 {end} · {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="167" />
        <source>KPI template: {template}</source>
        <translation>KPI 模板：{template}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="172" />
        <source>{status}: {count}</source>
        <translation>{status}：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="178" />
        <source>Total: {count}</source>
        <translation>合计：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="184" />
        <source>and {count} more</source>
        <translation>等另外 {count} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="187" />
        <source>Still draft: {names}</source>
        <translation>仍为草稿：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="190" />
        <source>No drafts left: the cycle can be closed.</source>
        <translation>已无草稿，可以关闭本周期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="194" />
        <source>Closed on {date}.</source>
        <translation>已于 {date} 关闭。</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="101" />
        <location filename="../../app/ui/dashboard/pane.py" line="287" />
        <source>Dashboard</source>
        <extracomment>What the dashboard reloads on (besides "*"). Names a rep in the lists from their id and English name. Emitted after new figures are shown (tests wait for it).</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="135" />
        <source>Total attainment</source>
        <extracomment>The date the lists count from (tests fix it).</extracomment>
        <translation>总达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="136" />
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="137" />
        <source>Open high risks</source>
        <translation>未关闭的高风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="138" />
        <source>Overdue actions</source>
        <translation>逾期待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="153" />
        <location filename="../../app/ui/dashboard/pane.py" line="476" />
        <source>Exchange rates missing</source>
        <translation>缺少汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="190" />
        <location filename="../../app/ui/dashboard/pane.py" line="195" />
        <location filename="../../app/ui/dashboard/pane.py" line="201" />
        <location filename="../../app/ui/dashboard/pane.py" line="219" />
        <location filename="../../app/ui/dashboard/pane.py" line="230" />
        <location filename="../../app/ui/dashboard/pane.py" line="236" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="190" />
        <source>Your time</source>
        <translation>您的时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="190" />
        <source>Rep's time</source>
        <translation>对方时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="190" />
        <source>With</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="195" />
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="195" />
        <location filename="../../app/ui/dashboard/pane.py" line="201" />
        <location filename="../../app/ui/dashboard/pane.py" line="219" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="195" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="199" />
        <source>Click an item to open its one-on-one</source>
        <translation>点击条目打开对应的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="201" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="201" />
        <location filename="../../app/ui/dashboard/pane.py" line="219" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="207" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="207" />
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="207" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="207" />
        <source>Used by</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="211" />
        <source>Click to add the rates in Administration → Exchange rates</source>
        <translation>点击在“管理 → 汇率”中添加汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="230" />
        <location filename="../../app/ui/dashboard/pane.py" line="236" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="230" />
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="230" />
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="149" />
        <source>Attainment by rep</source>
        <translation>各销售人员达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="150" />
        <location filename="../../app/ui/dashboard/pane.py" line="482" />
        <source>One-on-ones this week</source>
        <translation>本周一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="151" />
        <location filename="../../app/ui/dashboard/pane.py" line="485" />
        <source>Overdue action items</source>
        <translation>逾期待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="152" />
        <location filename="../../app/ui/dashboard/pane.py" line="488" />
        <source>Permits and compliance due</source>
        <translation>即将到期的工作许可与合规事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="234" />
        <location filename="../../app/ui/dashboard/pane.py" line="490" />
        <source>High risks</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="219" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="223" />
        <source>Click an assignment to open it in Training</source>
        <translation>点击培训安排，在“培训”中打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="225" />
        <location filename="../../app/ui/dashboard/pane.py" line="492" />
        <source>Training overdue or due soon</source>
        <translation>已逾期或即将到期的培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="279" />
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="303" />
        <source>Could not load the dashboard</source>
        <translation>无法加载概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="342" />
        <source>(region)</source>
        <translation>（区域）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="324" />
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="236" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="236" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="236" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="240" />
        <source>Click a risk to open it in the Risks pane</source>
        <translation>点击风险可在“风险”窗格中打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="242" />
        <location filename="../../app/ui/dashboard/pane.py" line="496" />
        <source>Risk reviews overdue and acceptances ending</source>
        <translation>逾期的风险复核与即将到期的风险接受</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="413" />
        <source>Review overdue</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="414" />
        <source>Acceptance ends</source>
        <translation>接受到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="460" />
        <source>{reps} reps, {actuals} actuals</source>
        <translation>{reps} 名销售人员，{actuals} 条实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="504" />
        <source>{period} · all regions</source>
        <translation>{period} · 全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="508" />
        <source>regions use different currencies</source>
        <translation>各区域币种不同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="510" />
        <source>no targets or actuals</source>
        <translation>暂无目标或实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="515" />
        <source>{actual} of {target} {unit}</source>
        <translation>{actual} / {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="522" />
        <source>{n} without an exchange rate</source>
        <translation>{n} 人缺少汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="530" />
        <source>high or critical</source>
        <translation>高或严重</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="535" />
        <source>past their due date</source>
        <translation>已过截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="543" />
        <source>Best {half} and lowest {half} of {n} reps</source>
        <translation>{n} 名销售人员中最高的 {half} 名与最低的 {half} 名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="555" />
        <source>showing the first {n}</source>
        <translation>仅显示前 {n} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/pane.py" line="561" />
        <source>Work permit {number}</source>
        <translation>工作许可 {number}</translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="44" />
        <location filename="../../app/ui/help/data_folder.py" line="75" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="53" />
        <source>Outpost keeps its data in these places. Back up the data folder to keep everything; start with --data-dir to use another folder.</source>
        <translation>Outpost 将数据保存在以下位置。备份数据文件夹即可保留全部数据；启动时加上 --data-dir 可改用其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="72" />
        <source>{where} (server)</source>
        <translation>{where}（服务器）</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="76" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="77" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="78" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="79" />
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="86" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="88" />
        <source>Copy the path to the clipboard</source>
        <translation>将路径复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="90" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/data_folder.py" line="92" />
        <source>Show the folder in the file manager</source>
        <translation>在文件管理器中显示该文件夹</translation>
    </message>
</context>
<context>
    <name>DatabaseField</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="116" />
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="118" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="165" />
        <source>The folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="175" />
        <source>Give a server URL such as postgresql+psycopg://user@host/outpost</source>
        <translation>请填写服务器地址，例如 postgresql+psycopg://user@host/outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="181" />
        <source>Leave the password out of the URL: it would be kept in plain text; put it in ~/.pgpass or PGPASSWORD</source>
        <translation>地址中请勿包含密码：它会以明文保存；请把密码放在 ~/.pgpass 或 PGPASSWORD 中</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/editors.py" line="69" />
        <source>YYYY-MM-DD</source>
        <extracomment>The date shown changed (by the user or ``setValue``): the date or None.</extracomment>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="70" />
        <source>Choose from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="72" />
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="116" />
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="120" />
        <source>“{text}” is not a date; type it as YYYY-MM-DD</source>
        <translation>“{text}”不是有效日期；请按 YYYY-MM-DD 格式输入</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="39" />
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="52" />
        <source>Demo data loaded.</source>
        <translation>演示数据已加载。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="57" />
        <source>Loading demo data was cancelled.</source>
        <translation>已取消加载演示数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="61" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_offer.py" line="67" />
        <source>Loading demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
</context>
<context>
    <name>DistributionEditor</name>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="102" />
        <source>M{n}</source>
        <translation>{n}月</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="103" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="103" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="191" />
        <source>The percentages add up to {sum} %, not 100 %</source>
        <translation>百分比合计为 {sum} %，而不是 100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="202" />
        <source>Q{n}: {amount}</source>
        <translation>第{n}季度：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="209" />
        <source>Year: {amount}</source>
        <translation>全年：{amount}</translation>
    </message>
</context>
<context>
    <name>DueChooser</name>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="104" />
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="123" />
        <source>days after each rep's posting start</source>
        <translation>天（自每位销售人员派驻开始日起）</translation>
    </message>
</context>
<context>
    <name>EditTargetDialog</name>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="373" />
        <source>Edit target: {rep}, {period}</source>
        <translation>编辑目标：{rep}，{period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="382" />
        <source>Target ({unit})</source>
        <translation>目标（{unit}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/dialogs.py" line="385" />
        <source>SMART description</source>
        <translation>SMART 描述</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="45" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="53" />
        <source>Outpost ran into a problem it did not expect. Your data is safe; the details were written to the log file.</source>
        <translation>Outpost 遇到了一个意外问题。您的数据是安全的；详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="70" />
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="86" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="108" />
        <source>Evidence files</source>
        <extracomment>After files were added or removed (the table's file counts change). How a written file is handed to the desktop (a test may record it instead).</extracomment>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="113" />
        <source>Drop files here to attach them</source>
        <translation>将文件拖放到此处以附加</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="114" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="115" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="116" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="118" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="155" />
        <source>Drop files on the list or choose Add…; at most {mb} MB each</source>
        <translation>将文件拖放到列表中或选择“添加…”；每个文件最大 {mb} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="160" />
        <source>Select an obligation</source>
        <translation>请选择一项合规义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="188" />
        <location filename="../../app/ui/compliance/evidence.py" line="218" />
        <source>Attach evidence files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="203" />
        <source>{name} is larger than {mb} MB</source>
        <translation>{name} 超过 {mb} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="229" />
        <source>{name} is damaged: its content no longer matches the checksum taken when it was attached. It was not opened.</source>
        <translation>{name} 已损坏：其内容与附加时记录的校验和不再一致。文件未被打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="243" />
        <source>Open evidence file</source>
        <translation>打开证据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="260" />
        <location filename="../../app/ui/compliance/evidence.py" line="269" />
        <location filename="../../app/ui/compliance/evidence.py" line="275" />
        <source>Save evidence file</source>
        <translation>保存证据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="283" />
        <source>Remove evidence file</source>
        <translation>移除证据文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance/evidence.py" line="284" />
        <source>Remove {name} from this obligation?</source>
        <translation>从此合规义务中移除 {name}？</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="75" />
        <source>Export region packs</source>
        <translation>导出区域评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="75" />
        <source>Export review pack</source>
        <translation>导出绩效评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="108" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="109" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="117" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="128" />
        <source>Choose font…</source>
        <translation>选择字体…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="130" />
        <source>Find automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="140" />
        <source>Protect with a password (AES-256)</source>
        <translation>使用密码保护（AES-256）</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="155" />
        <source>How many packs are rendered at the same time</source>
        <translation>同时生成的报告数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="161" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="163" />
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="163" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="165" />
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="167" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="168" />
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="170" />
        <source>Parallel jobs:</source>
        <translation>并行任务数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="177" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="242" />
        <source>No font with Chinese characters was found.</source>
        <translation>未找到包含中文字符的字体。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="243" />
        <source>Install one: {hint}.</source>
        <translation>请安装一种：{hint}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="250" />
        <source>{file} (found automatically)</source>
        <translation>{file}（自动找到）</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="260" />
        <source>Choose a font with Chinese characters</source>
        <translation>选择包含中文字符的字体</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="262" />
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="295" />
        <source>Folder for the packs</source>
        <translation>报告保存的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="298" />
        <source>Save pack as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="298" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="320" />
        <source>Choose a folder for the packs.</source>
        <translation>请选择保存报告的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="322" />
        <source>Choose a file for the pack.</source>
        <translation>请选择报告的保存文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="326" />
        <source>This is a folder; choose a file name.</source>
        <translation>这是一个文件夹，请选择文件名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="329" />
        <source>This is a file; choose a folder.</source>
        <translation>这是一个文件，请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="335" />
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/export_dialog.py" line="338" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="78" />
        <source>Region</source>
        <extracomment>A rep's row was double-clicked: filter the table to them.</extracomment>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="78" />
        <source>Reps</source>
        <translation>销售人员数</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="78" />
        <location filename="../../app/ui/training/figures_panel.py" line="82" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="78" />
        <location filename="../../app/ui/training/figures_panel.py" line="82" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="82" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="82" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="90" />
        <source>Cost and hours in</source>
        <translation>费用与学时，年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="99" />
        <source>Per rep (cost in the region's base currency)</source>
        <translation>按销售人员（费用以区域本位币计）</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/figures_panel.py" line="158" />
        <source>Left out for want of an exchange rate: costs in {codes}</source>
        <translation>因缺少汇率未计入：以 {codes} 计的费用</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="114" />
        <source>Team imported</source>
        <translation>团队已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="115" />
        <source>The team spreadsheet was imported:
{counts}</source>
        <translation>团队表格已导入：
{counts}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="44" />
        <source>Welcome to Outpost</source>
        <translation>欢迎使用 Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="46" />
        <source>This database is empty. How would you like to begin?</source>
        <translation>数据库为空。您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="55" />
        <source>Set up my region</source>
        <translation>设置我的区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="57" />
        <source>Say who you are, name your region and its countries, then import your team from a spreadsheet or add the reps one by one.</source>
        <translation>填写您的身份，命名您的区域及其国家，然后从表格导入团队，或逐个添加销售人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="63" />
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="65" />
        <source>{reps} sample reps in several regions with {years} years of targets, one-on-ones, reviews, training, risks and compliance, to try every area.</source>
        <translation>多个区域的 {reps} 名示例销售人员，含 {years} 年的目标、一对一面谈、绩效评估、培训、风险与合规数据，可试用每个功能区。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="71" />
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/__init__.py" line="72" />
        <source>Look around first; regions and people can be added later.</source>
        <translation>先随便看看；区域和人员可以稍后添加。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="36" />
        <source>New development goal</source>
        <translation>新建发展目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="36" />
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="40" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="41" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="47" />
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="49" />
        <source>A course from the catalogue that helps reach the goal (optional)</source>
        <translation>课程目录中有助于达成该目标的课程（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="63" />
        <source>None; type to find a course</source>
        <translation>无；输入以查找课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="74" />
        <source>is not a course of the catalogue</source>
        <translation>不在课程目录中</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../app/ui/reviews/goal_drafts.py" line="60" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goal_drafts.py" line="60" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goal_drafts.py" line="60" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goal_drafts.py" line="60" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="47" />
        <source>Development goals</source>
        <extracomment>The user added, changed or removed a goal.</extracomment>
        <translation>发展目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="59" />
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="61" />
        <source>Edit goal…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="63" />
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="65" />
        <location filename="../../app/ui/reviews/goals_panel.py" line="170" />
        <source>Open training</source>
        <extracomment>The reviewed rep (set by the editor); None: the course cannot be looked up.</extracomment>
        <translation>打开培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="68" />
        <source>Show the rep's assignment of the goal's course in the Training pane</source>
        <translation>在“培训”页面显示该销售人员对此目标课程的培训安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/goals_panel.py" line="171" />
        <source>The course is not planned for this rep yet; plan it in Training.</source>
        <translation>尚未为该销售人员安排此课程；请在“培训”中安排。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/help/guide.py" line="32" />
        <source>Quick guide</source>
        <translation>快速指南</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../app/ui/risks/heat_map.py" line="57" />
        <source>{n} risks. Click a cell to list its risks; click it again to list all.</source>
        <extracomment>Cell colours by level: pale enough for black counts to stay readable. (likelihood, impact) of a clicked cell, or None when the selection is cleared.</extracomment>
        <translation>共 {n} 项风险。点击单元格只列出其中的风险；再次点击列出全部。</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/heat_map.py" line="149" />
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/heat_map.py" line="155" />
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/ui/help/menu.py" line="32" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="33" />
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="42" />
        <source>&amp;Quick guide</source>
        <translation>快速指南(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="43" />
        <source>What each pane is for and how a review cycle works</source>
        <translation>各窗格的用途以及绩效评估周期的流程</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="48" />
        <source>&amp;Data folder</source>
        <translation>数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="49" />
        <source>Where the database, settings, backups and logs are kept</source>
        <translation>数据库、设置、备份和日志的存放位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="54" />
        <source>&amp;About Outpost</source>
        <translation>关于 Outpost(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="55" />
        <source>Version and licences</source>
        <translation>版本与许可证</translation>
    </message>
</context>
<context>
    <name>KpiLinesModel</name>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="98" />
        <source>Metric</source>
        <extracomment>The user changed a line (the panel updates the weighted score).</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="99" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="100" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="101" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="102" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="103" />
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="104" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="105" />
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="131" />
        <source>1–5. Auto scores from attainment: under 70 % → 1, 70 % → 2, 85 % → 3, 100 % → 4, 115 % and over → 5. Choose a number to override it.</source>
        <translation>1–5 分。按达成率自动评分：低于 70 % → 1，70 % → 2，85 % → 3，100 % → 4，115 % 及以上 → 5。选择分数可手动覆盖。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="180" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_lines.py" line="181" />
        <source>{score} (auto)</source>
        <translation>{score}（自动）</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <location filename="../../app/ui/reviews/kpi_panel.py" line="48" />
        <source>Key results</source>
        <extracomment>The user changed an actual, a score or a comment.</extracomment>
        <translation>关键结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_panel.py" line="65" />
        <source>Double-click an actual, score or comment to change it.</source>
        <translation>双击实际值、得分或评语即可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_panel.py" line="104" />
        <source>Weighted score: not measurable yet</source>
        <translation>加权得分：暂无法计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/kpi_panel.py" line="107" />
        <source>Weighted score: {score} of 5</source>
        <translation>加权得分：{score} / 5</translation>
    </message>
</context>
<context>
    <name>KpiTemplateEditor</name>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="79" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="79" />
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="91" />
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="123" />
        <source>Remove this metric</source>
        <translation>移除此指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="196" />
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="198" />
        <source>(must be 100 %)</source>
        <translation>（必须为 100 %）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Single meeting</source>
        <translation>单次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="63" />
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116" />
        <source>Create a new row</source>
        <translation>新建一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124" />
        <source>Edit the selected row (Enter or double-click)</source>
        <translation>编辑所选行（回车或双击）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>Delete the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>E&amp;xport table…</source>
        <translation>导出表格(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Save the pane's rows as filtered and sorted, as an Excel or CSV file</source>
        <translation>按当前筛选和排序，将本页面的所有行保存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143" />
        <source>Other e&amp;xports</source>
        <translation>其他导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149" />
        <source>Search in the pane</source>
        <translation>在当前页面中搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Undo your last change</source>
        <translation>撤销您的上一次修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Redo the change you undid last</source>
        <translation>重做您上一次撤销的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>Close the console</source>
        <translation>关闭控制台</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262" />
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262" />
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Database: {where} ({kind})</source>
        <translation>数据库：{where}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274" />
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298" />
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381" />
        <source>No other exports in this pane</source>
        <translation>此页面没有其他导出</translation>
    </message>
</context>
<context>
    <name>ManagerColumns</name>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="26" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="27" />
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="28" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="29" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="30" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="33" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="51" />
        <source>New manager</source>
        <translation>新建经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="51" />
        <source>Edit manager</source>
        <translation>编辑经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="62" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="63" />
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="64" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="65" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="66" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="72" />
        <source>Region led</source>
        <translation>负责区域</translation>
    </message>
</context>
<context>
    <name>ManagersPane</name>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="113" />
        <source>Managers: {count}</source>
        <translation>经理：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="119" />
        <source>Managers</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/managers.py" line="131" />
        <source>Delete manager</source>
        <translation>删除经理</translation>
    </message>
</context>
<context>
    <name>MeetingColumns</name>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="62" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="68" />
        <source>Your time</source>
        <translation>您的时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="77" />
        <source>Rep's local time</source>
        <translation>销售人员当地时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="86" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="100" />
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="107" />
        <source>Morale</source>
        <translation>士气</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="112" />
        <source>{morale} of 5</source>
        <translation>{morale} / 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="119" />
        <source>Open actions</source>
        <translation>未完成待办</translation>
    </message>
</context>
<context>
    <name>MeetingExport</name>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="162" />
        <location filename="../../app/ui/one_on_ones/parts.py" line="204" />
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="165" />
        <source>Select a meeting to export first.</source>
        <translation>请先选择要导出的面谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="180" />
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="193" />
        <source>1:1 {rep}</source>
        <translation>1:1 {rep}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="205" />
        <source>Export this meeting only, or the whole series?</source>
        <translation>仅导出此次面谈，还是导出整个系列？</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="207" />
        <source>The series repeats {cadence} at {time} in {city}.</source>
        <translation>该系列{cadence}举行，时间为{city}当地 {time}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="214" />
        <source>This meeting</source>
        <translation>此次面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/parts.py" line="218" />
        <source>The series</source>
        <translation>整个系列</translation>
    </message>
</context>
<context>
    <name>MeetingHistory</name>
    <message>
        <location filename="../../app/ui/one_on_ones/history.py" line="63" />
        <source>Edit one-on-one with {rep}</source>
        <translation>编辑与{rep}的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/history.py" line="98" />
        <source>Mark one-on-one with {rep} held</source>
        <translation>将与{rep}的一对一面谈标记为已举行</translation>
    </message>
</context>
<context>
    <name>MoraleCombo</name>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="57" />
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="59" />
        <source>1 — very low</source>
        <translation>1 — 很低</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="60" />
        <source>2 — low</source>
        <translation>2 — 较低</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="61" />
        <source>3 — steady</source>
        <translation>3 — 平稳</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="62" />
        <source>4 — good</source>
        <translation>4 — 良好</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="63" />
        <source>5 — excellent</source>
        <translation>5 — 极佳</translation>
    </message>
</context>
<context>
    <name>OneOnOneEditor</name>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="97" />
        <source>One-on-one</source>
        <extracomment>The moment "before it starts" is judged against (tests set a fixed one).</extracomment>
        <translation>一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="124" />
        <source>Move…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="126" />
        <source>Change the date, time, duration or cadence</source>
        <translation>更改日期、时间、时长或频率</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="130" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="306" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="314" />
        <source>Prepare agenda</source>
        <translation>生成议程</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="134" />
        <source>Write the agenda from open actions, attainment since the last meeting, training, high risks and compliance items falling due</source>
        <translation>根据未完成待办、上次面谈以来的达成情况、培训、高风险以及即将到期的合规事项生成议程</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="140" />
        <source>What to talk about…</source>
        <translation>要讨论的内容…</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="143" />
        <source>What was said and agreed…</source>
        <translation>讨论内容及达成的共识…</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="149" />
        <source>Private — never printed in the rep's pack</source>
        <translation>私密 — 不会打印到销售人员的资料中</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="160" />
        <source>Open next meeting</source>
        <translation>打开下次面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="163" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="165" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="385" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="411" />
        <source>Mark held</source>
        <translation>标记为已举行</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="167" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="187" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="349" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="194" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="350" />
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="204" />
        <source>Morale:</source>
        <translation>士气：</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="209" />
        <location filename="../../app/ui/one_on_ones/editor.py" line="352" />
        <source>Private manager note</source>
        <translation>经理私密备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="252" />
        <source>One-on-one with {rep}</source>
        <translation>与 {rep} 的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="255" />
        <source>{manager} for you · {rep} for the rep</source>
        <translation>您的时间 {manager} · 销售人员时间 {rep}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="266" />
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="279" />
        <source>This meeting is {status}</source>
        <translation>此面谈{status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="307" />
        <source>Replace the agenda text with a freshly prepared one?</source>
        <translation>用新生成的议程替换当前议程内容？</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="351" />
        <source>Morale</source>
        <translation>士气</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="364" />
        <source>Save meeting</source>
        <translation>保存面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="404" />
        <source>This meeting starts at {when} (in 1 hour). Mark it held anyway?</source>
        <translation>本次面谈开始于 {when}（1 小时后）。仍要标记为已举行吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="407" />
        <source>This meeting starts at {when} (in {hours} hours). Mark it held anyway?</source>
        <translation>本次面谈开始于 {when}（{hours} 小时后）。仍要标记为已举行吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="419" />
        <source>Marked held. This was a single meeting: no next one is planned.</source>
        <translation>已标记为已举行。这是单次面谈，未安排下次面谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="422" />
        <source>no open items to carry over</source>
        <translation>没有需要顺延的未完成事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="424" />
        <source>1 open item carried over</source>
        <translation>已顺延 1 项未完成事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="426" />
        <source>{count} open items carried over</source>
        <translation>已顺延 {count} 项未完成事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="428" />
        <source>Marked held. Next meeting: {rep} ({manager} for you); {carried}.</source>
        <translation>已标记为已举行。下次面谈：{rep}（您的时间 {manager}）；{carried}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/editor.py" line="467" />
        <source>Save the changes to this meeting before closing?</source>
        <translation>关闭前保存对此面谈的更改？</translation>
    </message>
</context>
<context>
    <name>OneOnOnesPane</name>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="76" />
        <location filename="../../app/ui/one_on_ones/pane.py" line="124" />
        <source>All reps</source>
        <extracomment>What "overdue" means in the editor; tests set a fixed day. What "not started yet" is judged against when marking held; tests set it. The signed-in manager's zone ("your time"), None when nobody is signed in.</extracomment>
        <translation>全部销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="79" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="91" />
        <source>Rep:</source>
        <translation>销售人员：</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="93" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="101" />
        <source>Export calendar (.ics)…</source>
        <translation>导出日历 (.ics)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="106" />
        <source>One-on-ones</source>
        <translation>一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="89" />
        <source>Meetings: {count}</source>
        <translation>面谈：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="172" />
        <source>Showing one meeting only</source>
        <translation>仅显示一次面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="193" />
        <source>Schedule one-on-one with {rep}</source>
        <translation>安排与 {rep} 的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="206" />
        <source>Edit one-on-one</source>
        <translation>编辑一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="217" />
        <location filename="../../app/ui/one_on_ones/pane.py" line="224" />
        <source>Delete one-on-one</source>
        <translation>删除一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="215" />
        <source>Delete the one-on-one with {rep} on {when}, with its notes and action items?</source>
        <translation>删除 {when} 与 {rep} 的一对一面谈，以及其记录和待办事项？</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="236" />
        <source>Delete one-on-one with {rep}</source>
        <translation>删除与 {rep} 的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/pane.py" line="243" />
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>OpenCycleDialog</name>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="208" />
        <source>{period} review</source>
        <translation>{period}绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="232" />
        <source>Open a review cycle</source>
        <extracomment>Emitted when the worker has opened the cycle (tests wait for it).</extracomment>
        <translation>启动评估周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="246" />
        <source>A draft review will be created for each of the {count} active reps of {region}, with KPI lines filled in from their targets and actuals for the period. Opening a cycle cannot be undone: Undo (Ctrl+Z) does not take it back.</source>
        <translation>将为{region}的 {count} 名在岗销售人员各创建一份绩效评估草稿，并根据其本期目标和实际值填写 KPI 各项。开启周期后无法撤销：撤销（Ctrl+Z）不能将其收回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="256" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="258" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="261" />
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="264" />
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="268" />
        <source>KPI template</source>
        <translation>KPI 模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="270" />
        <source>The metrics every review is scored on; weights add up to 100 %</source>
        <translation>每份绩效评估的评分指标；权重合计为 100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="278" />
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="280" />
        <source>Every draft review starts with this reviewer; each can be changed</source>
        <translation>每份草稿绩效评估都以此人为评估人；可逐份更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="293" />
        <source>Open cycle</source>
        <translation>启动周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="303" />
        <source>Add at least one metric</source>
        <translation>请至少添加一个指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="307" />
        <source>Choose a metric on every row</source>
        <translation>请为每一行选择指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="311" />
        <source>{metric} is listed twice</source>
        <translation>{metric} 重复列出</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="315" />
        <source>Give every metric a weight</source>
        <translation>请为每个指标设置权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="320" />
        <source>The weights add up to {total}; they must add up to 100 %</source>
        <translation>权重合计为 {total}，必须为 100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="326" />
        <source>The period ends before it starts</source>
        <translation>期间结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="354" />
        <source>Creating the draft reviews…</source>
        <translation>正在创建绩效评估草稿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="360" />
        <source>Opening the review cycle</source>
        <translation>正在启动评估周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/cycle_dialog.py" line="374" />
        <source>Opening the cycle…</source>
        <translation>正在启动周期…</translation>
    </message>
</context>
<context>
    <name>PackExporter</name>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="81" />
        <location filename="../../app/ui/packs/exporter.py" line="175" />
        <source>Export review pack</source>
        <translation>导出绩效评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="93" />
        <source>{rep} — {cycle}</source>
        <translation>{rep} — {cycle}</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="98" />
        <source>Writing the pack of {rep}…</source>
        <translation>正在生成 {rep} 的评估报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="116" />
        <source>Export region packs</source>
        <translation>导出区域评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="128" />
        <source>The cycle “{name}” has no reviews.</source>
        <translation>评估周期“{name}”没有绩效评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="134" />
        <source>{cycle}: {count} packs and the region summary</source>
        <translation>{cycle}：{count} 份评估报告及区域汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="141" />
        <source>Written {done} of {total} files…</source>
        <translation>已写入 {done}/{total} 个文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="177" />
        <source>{name} has no performance review yet, so there is no pack to export.</source>
        <translation>{name} 尚无绩效评估，没有可导出的评估报告。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="202" />
        <source>No usable font with Chinese characters: {reason}</source>
        <translation>没有可用的中文字体：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="203" />
        <source>To fix it: {hint}.</source>
        <translation>解决方法：{hint}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="205" />
        <source>The pack could not be written: {reason}</source>
        <translation>无法写入评估报告：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="219" />
        <source>Cancelled: {done} of {total} files were written to {folder}.</source>
        <translation>已取消：{total} 个文件中已有 {done} 个写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="224" />
        <source>The pack was written to {file}.</source>
        <translation>评估报告已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="227" />
        <source>{count} files were written to {folder}.</source>
        <translation>已将 {count} 个文件写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="233" />
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/exporter.py" line="234" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="85" />
        <source>Choose…</source>
        <extracomment>The field name of each setting on the form (the settings' keys hold slashes). Languages named in themselves, after "as the system".</extracomment>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../app/ui/period_selector.py" line="48" />
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="52" />
        <source>Next period</source>
        <translation>下一期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="53" />
        <source>The period every pane shows</source>
        <translation>所有页面显示的期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/period_selector.py" line="103" />
        <source>Q{number}</source>
        <translation>第{number}季度</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="184" />
        <source>Plan training for many reps</source>
        <translation>为多名销售人员安排培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="192" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="196" />
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="201" />
        <source>Newly posted</source>
        <translation>新派驻</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="203" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="209" />
        <source>Plan</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="249" />
        <source>Not ready: {why}</source>
        <translation>尚不能安排：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="263" />
        <source>choose a course</source>
        <translation>请选择课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="264" />
        <source>choose a country</source>
        <translation>请选择国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="265" />
        <source>choose a region in the toolbar first</source>
        <translation>请先在工具栏中选择区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="266" />
        <source>select at least one rep</source>
        <translation>请至少选择一名销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="267" />
        <source>give a due date</source>
        <translation>请给出截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="275" />
        <source>{n} reps will get the course.</source>
        <translation>将为 {n} 名销售人员安排此课程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="280" />
        <source>{names} and {n} more</source>
        <translation>{names} 等另外 {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="284" />
        <source>{n} skipped (the course is already open for them): {names}</source>
        <translation>跳过 {n} 人（此课程已在进行或已安排）：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="290" />
        <source>{n} would be overdue already.</source>
        <translation>其中 {n} 项一安排即已逾期。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="192" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="207" />
        <location filename="../../app/ui/preferences.py" line="374" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="222" />
        <source>Applies the next time Outpost starts</source>
        <translation>下次启动 Outpost 时生效</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="224" />
        <source>Your changes are recorded as this manager's; new reviews and one-on-ones are theirs by default</source>
        <translation>您的更改将记录在该经理名下；新的绩效评估和一对一面谈默认归其负责</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="227" />
        <source>Empty: the time zone of the manager chosen above</source>
        <translation>留空：使用上面所选经理的时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="229" />
        <source>A TrueType (.ttf or .ttc) font with Chinese characters; empty: found automatically</source>
        <translation>含中文字符的 TrueType 字体（.ttf 或 .ttc）；留空则自动查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="232" />
        <source>Applies the next time Outpost starts; the password is never kept here</source>
        <translation>下次启动 Outpost 时生效；此处从不保存密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="235" />
        <source>Obligations and work permits due this soon are highlighted in the Compliance pane</source>
        <translation>在此天数内到期的合规义务和工作许可会在“合规”窗格中突出显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="283" />
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="289" />
        <source>Choose a font with Chinese characters</source>
        <translation>选择含中文字符的字体</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="291" />
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="298" />
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="300" />
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="307" />
        <source>Automatic: {file}</source>
        <translation>自动：{file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="309" />
        <source>Automatic (no Chinese font found yet)</source>
        <translation>自动（尚未找到中文字体）</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="331" />
        <source>Not a known IANA time zone</source>
        <translation>不是已知的 IANA 时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="334" />
        <source>Choose a manager from the list</source>
        <translation>请从列表中选择一位经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="338" />
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="375" />
        <source>The new language or database applies the next time Outpost starts.</source>
        <translation>新的语言或数据库将在下次启动 Outpost 时生效。</translation>
    </message>
</context>
<context>
    <name>RateColumns</name>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="36" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="43" />
        <source>Rate to base</source>
        <translation>对本位币汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="50" />
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="57" />
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="76" />
        <source>New exchange rate</source>
        <translation>新建汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="76" />
        <source>Edit exchange rate</source>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="86" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="89" />
        <source>Rate to base</source>
        <translation>对本位币汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="91" />
        <source>How many units of the base currency one unit of the currency buys</source>
        <translation>一单位该货币可兑换的本位币数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="93" />
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="94" />
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>RatesPane</name>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="132" />
        <source>Paste from spreadsheet</source>
        <translation>从电子表格粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="136" />
        <source>Paste rows copied from a spreadsheet: currency, rate, base currency, valid from (YYYY-MM-DD); a header row is optional</source>
        <translation>粘贴从电子表格复制的行：货币、汇率、本位币、生效日期（YYYY-MM-DD）；标题行可有可无</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="151" />
        <source>Rates: {count}</source>
        <translation>汇率：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="161" />
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="191" />
        <source>{currency} → {base} ({region})</source>
        <translation>{currency} → {base}（{region}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="197" />
        <source>No exchange rate in force today for: {pairs}</source>
        <translation>以下货币今日没有生效的汇率：{pairs}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="210" />
        <source>the {currency} rate from {date}</source>
        <translation>{date} 起的 {currency} 汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="215" />
        <source>Delete exchange rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="223" />
        <source>Paste exchange rates</source>
        <translation>粘贴汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="227" />
        <source>Nothing was pasted.</source>
        <translation>未粘贴任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="229" />
        <source>Correct these cells and paste again:</source>
        <translation>请更正以下单元格后重新粘贴：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/rates.py" line="239" />
        <source>Rates added: {created}, changed: {updated}, unchanged: {unchanged}</source>
        <translation>新增汇率：{created}，修改：{updated}，未变：{unchanged}</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../app/ui/reviews/rating_panel.py" line="28" />
        <source>Overall rating</source>
        <extracomment>The user chose another rating.</extracomment>
        <translation>总体评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/rating_panel.py" line="40" />
        <source>Use suggested</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/rating_panel.py" line="70" />
        <source>No suggested rating without a scored KPI</source>
        <translation>没有已评分的 KPI，无法给出建议评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/rating_panel.py" line="73" />
        <source>Suggested from the score: {rating}</source>
        <translation>按得分建议：{rating}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/rating_panel.py" line="93" />
        <source>No rating yet: choose 1 to 5 stars.</source>
        <translation>尚未评级：请选择 1 至 5 星。</translation>
    </message>
</context>
<context>
    <name>RegionColumns</name>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="31" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="32" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="33" />
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="36" />
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="40" />
        <source>Managers</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="43" />
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="57" />
        <source>New region</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="57" />
        <source>Edit region</source>
        <translation>编辑区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="67" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="68" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="69" />
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="72" />
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="74" />
        <source>ISO country codes separated by commas, e.g. SG, MY, TH</source>
        <translation>以逗号分隔的 ISO 国家代码，例如 SG, MY, TH</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="103" />
        <source>My region</source>
        <translation>我的区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="104" />
        <source>The region you lead: targets and reviews are summed in its base currency.</source>
        <translation>您负责的区域：目标和绩效评估按其本位币汇总。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="107" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="109" />
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="112" />
        <source>Countries</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>RegionsPane</name>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="116" />
        <source>Regions: {count}</source>
        <translation>区域：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="122" />
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regions.py" line="142" />
        <source>Delete region</source>
        <translation>删除区域</translation>
    </message>
</context>
<context>
    <name>RegisterReports</name>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="47" />
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="51" />
        <source>Risk register (PDF)…</source>
        <translation>风险登记册（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="52" />
        <source>Compliance register (PDF)…</source>
        <translation>合规登记册（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="53" />
        <source>Training plan (PDF)…</source>
        <translation>培训计划（PDF）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="64" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="64" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="70" />
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="74" />
        <source>Choose a region in the region selector first.</source>
        <translation>请先在区域选择框中选择一个区域。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="84" />
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="108" />
        <source>The report was written to {file}.</source>
        <translation>报告已写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="114" />
        <source>No usable font with Chinese characters: {reason}</source>
        <translation>没有可用的中文字体：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="115" />
        <source>To fix it: {hint}.</source>
        <translation>解决方法：{hint}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/packs/register_reports.py" line="117" />
        <source>The report could not be written: {reason}</source>
        <translation>无法写入报告：{reason}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="155" />
        <source>Reopen review</source>
        <translation>重新打开绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="151" />
        <source>Reopening removes the signature (and the rep's acknowledgement) so the review can be changed; it has to be signed again. The reason is kept in the audit log.</source>
        <translation>重新打开将撤销签署（以及销售人员的确认），以便修改绩效评估；修改后需重新签署。原因将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="156" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/dialogs.py" line="157" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>RepDetail</name>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="46" />
        <source>Select a rep to see the details.</source>
        <translation>选择一名销售人员以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="96" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="97" />
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="98" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="99" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="100" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="101" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="102" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="103" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="104" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="105" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="106" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="107" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="108" />
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="109" />
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="110" />
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="111" />
        <source>Posting end</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="112" />
        <source>Work permit number</source>
        <translation>工作许可证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="113" />
        <source>Work permit expiry</source>
        <translation>工作许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="114" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="141" />
        <source>open-ended</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_detail.py" line="164" />
        <source>Local time: {time}, {weekday}</source>
        <translation>当地时间：{time}，{weekday}</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="53" />
        <source>New rep</source>
        <translation>新建销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="53" />
        <source>Edit rep</source>
        <translation>编辑销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="65" />
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="66" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="67" />
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="68" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="69" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="72" />
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="74" />
        <source>Language codes separated by commas, e.g. zh, en</source>
        <translation>以逗号分隔的语言代码，例如 zh, en</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="78" />
        <source>Posting</source>
        <translation>派驻</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="80" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="84" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="90" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="91" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="93" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="95" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="98" />
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="99" />
        <source>Posting end</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="100" />
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="102" />
        <source>Work permit</source>
        <translation>工作许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="103" />
        <source>Permit number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="104" />
        <source>Permit expiry</source>
        <translation>许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="109" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RepHistory</name>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="232" />
        <source>Create {name}</source>
        <translation>新建 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="238" />
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="250" />
        <source>Deactivate {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_dialog.py" line="271" />
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
</context>
<context>
    <name>RepProfile</name>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="118" />
        <source>Targets and attainment</source>
        <extracomment>Topics after which the shown sections are loaded again.</extracomment>
        <translation>目标与达成</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="119" />
        <source>Recent one-on-ones</source>
        <translation>近期一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="120" />
        <source>Reviews</source>
        <translation>绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="121" />
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="122" />
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="160" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="193" />
        <source>No targets in {period}.</source>
        <translation>{period}没有目标。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="194" />
        <source>No one-on-ones yet.</source>
        <translation>尚无一对一面谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="195" />
        <source>No reviews yet.</source>
        <translation>尚无绩效评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="196" />
        <source>No training assigned.</source>
        <translation>尚未安排培训。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="197" />
        <source>No risks recorded.</source>
        <translation>尚无风险记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="201" />
        <source>Targets and attainment, {period}</source>
        <translation>目标与达成，{period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="256" />
        <source>Next: {link}</source>
        <translation>下一次：{link}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="278" />
        <source>rating {rating}</source>
        <translation>评级 {rating}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="280" />
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/rep_profile.py" line="304" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ReviewColumns</name>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="62" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="66" />
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="71" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="79" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="88" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="96" />
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="101" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/table.py" line="109" />
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="163" />
        <source>Record review: {title}</source>
        <translation>记录复核：{title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="172" />
        <source>Reviewed on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="173" />
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="175" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="150" />
        <source>Review: {rep} — {cycle}</source>
        <translation>绩效评估：{rep} — {cycle}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="221" />
        <source>Export pack</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="222" />
        <source>Save your changes first: the pack shows the review as saved.</source>
        <translation>请先保存更改：评估报告显示的是已保存的绩效评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="232" />
        <source>Overall rating</source>
        <translation>总体评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="233" />
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="234" />
        <source>Areas to improve</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="235" />
        <source>Manager summary</source>
        <translation>经理总评</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="236" />
        <source>Rep comments</source>
        <translation>销售人员意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="237" />
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="238" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="239" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="240" />
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="241" />
        <location filename="../../app/ui/reviews/editor.py" line="294" />
        <location filename="../../app/ui/reviews/editor.py" line="321" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="242" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="243" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="244" />
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="309" />
        <source>Save review</source>
        <translation>保存绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="339" />
        <source>Save the changes to this review before closing?</source>
        <translation>关闭前保存对此绩效评估的更改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="108" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="110" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/editor.py" line="107" />
        <source>Export pack…</source>
        <extracomment>After every successful write (save or workflow step), with the fresh record.</extracomment>
        <translation>导出评估报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pending_save.py" line="125" />
        <source>{where}: {field}</source>
        <translation>{where}：{field}</translation>
    </message>
</context>
<context>
    <name>ReviewHeader</name>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="50" />
        <source>Type a manager's name</source>
        <extracomment>The user picked another reviewer.</extracomment>
        <translation>输入经理姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="56" />
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="57" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="58" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="59" />
        <source>Reviewer:</source>
        <translation>评估人：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="78" />
        <source>{cycle} ({kind}, {region})</source>
        <translation>{cycle}（{kind}，{region}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/review_header.py" line="83" />
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>ReviewPreview</name>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="49" />
        <source>Select a review to see it here; Enter opens it.</source>
        <translation>选择一份绩效评估即可在此预览；按回车打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="57" />
        <source>signed {date}</source>
        <translation>{date} 签署</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="60" />
        <source>acknowledged {date}</source>
        <translation>{date} 确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="68" />
        <source>Not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="72" />
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="73" />
        <source>Areas to improve</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="74" />
        <source>Manager summary</source>
        <translation>经理总评</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="75" />
        <source>Rep comments</source>
        <translation>销售人员意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="90" />
        <source>Development goals</source>
        <translation>发展目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="98" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="99" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="100" />
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="101" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/preview.py" line="116" />
        <source>Weighted score: {score}</source>
        <translation>加权得分：{score}</translation>
    </message>
</context>
<context>
    <name>ReviewsPane</name>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="92" />
        <source>Open cycle…</source>
        <translation>启动周期…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="94" />
        <location filename="../../app/ui/reviews/pane.py" line="273" />
        <location filename="../../app/ui/reviews/pane.py" line="278" />
        <location filename="../../app/ui/reviews/pane.py" line="281" />
        <source>Close cycle</source>
        <translation>关闭周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="96" />
        <source>Export region packs…</source>
        <translation>导出区域评估报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="65" />
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="122" />
        <source>Reviews</source>
        <translation>绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="162" />
        <source>{name} ({status})</source>
        <translation>{name}（{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="63" />
        <source>Reviews: {count}</source>
        <translation>绩效评估：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="76" />
        <source>Export review pack (PDF)…</source>
        <translation>导出绩效评估报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="79" />
        <source>Export region packs (PDF)…</source>
        <translation>导出区域评估报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="189" />
        <source>Open a review cycle for the region's active reps</source>
        <translation>为本区域的在岗销售人员启动评估周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="191" />
        <source>Choose a region to open a review cycle</source>
        <translation>请选择一个区域以启动评估周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="247" />
        <source>Open cycle</source>
        <translation>启动周期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="247" />
        <source>Choose a region to open a review cycle.</source>
        <translation>请选择一个区域以启动评估周期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="262" />
        <source>Open review</source>
        <translation>打开绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="272" />
        <source>Close the review cycle “{name}”?</source>
        <translation>关闭评估周期“{name}”？</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="299" />
        <source>Export region packs</source>
        <translation>导出区域评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/pane.py" line="299" />
        <source>Choose a review cycle first.</source>
        <translation>请先选择一个评估周期。</translation>
    </message>
</context>
<context>
    <name>RiskColumns</name>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="31" />
        <source>{status} (acceptance lapsed)</source>
        <translation>{status}（接受已过期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="33" />
        <source>{status} until {date}</source>
        <translation>{status}，至 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="41" />
        <source>Review overdue</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="48" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="51" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="56" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="57" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="58" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="59" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="62" />
        <source>Inherent L × I</source>
        <translation>固有 可能性×影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="71" />
        <source>Inherent level</source>
        <translation>固有等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="80" />
        <source>Residual L × I</source>
        <translation>剩余 可能性×影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="89" />
        <source>Residual level</source>
        <translation>剩余等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="98" />
        <source>Treatment</source>
        <translation>应对方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="103" />
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="106" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/columns.py" line="114" />
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="77" />
        <source>Record review…</source>
        <extracomment>The pane acts on these (it owns the dialogs and the services' writes).</extracomment>
        <translation>记录复核…</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="79" />
        <source>Accept risk…</source>
        <translation>接受风险…</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="83" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="84" />
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="85" />
        <source>Inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="86" />
        <source>Residual</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="87" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="92" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="92" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="92" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="92" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="95" />
        <source>Add action…</source>
        <translation>添加行动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="97" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="99" />
        <source>Carry to one-on-one</source>
        <translation>带入一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="102" />
        <source>Add the action to the next planned one-on-one with the risk's rep</source>
        <translation>将此行动加入与该风险销售人员的下一次计划中的一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="134" />
        <source>Review history</source>
        <translation>复核记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="136" />
        <source>Treatment actions</source>
        <translation>应对行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="145" />
        <source>Select a risk to see its reviews and actions.</source>
        <translation>选择一项风险以查看其复核与行动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="158" />
        <source>Cause: {text}</source>
        <translation>原因：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="160" />
        <source>Controls: {text}</source>
        <translation>控制措施：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="164" />
        <source>Review overdue since {date}</source>
        <translation>复核自 {date} 起逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="170" />
        <source>Accepted by {who} on {on} until {until}: {why}</source>
        <translation>由 {who} 于 {on} 接受，至 {until}：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="179" />
        <source>Acceptance lapsed: the risk is open again.</source>
        <translation>接受已过期：该风险重新变为未关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="219" />
        <source>Done {date}</source>
        <translation>已于 {date} 完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="220" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="220" />
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/detail.py" line="222" />
        <source>carried into a one-on-one</source>
        <translation>已带入一对一面谈</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="83" />
        <source>New risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="83" />
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="95" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="96" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="97" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="99" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="100" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="101" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="103" />
        <source>Treatment</source>
        <translation>应对方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="104" />
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="108" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="109" />
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
</context>
<context>
    <name>RiskRatings</name>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="55" />
        <source>Inherent likelihood</source>
        <extracomment>A new acceptance runs this long unless the manager says otherwise.</extracomment>
        <translation>固有可能性</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="59" />
        <source>Inherent impact</source>
        <translation>固有影响</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="63" />
        <source>Residual likelihood</source>
        <translation>剩余可能性</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/dialogs.py" line="68" />
        <source>Residual impact</source>
        <translation>剩余影响</translation>
    </message>
</context>
<context>
    <name>RisksPane</name>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="71" />
        <source>Inherent (before treatment)</source>
        <extracomment>The heat-map cell the table is narrowed to: ("inherent"|"residual", (lk, im)).</extracomment>
        <translation>固有风险（应对前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="73" />
        <source>Residual (after treatment)</source>
        <translation>剩余风险（应对后）</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="79" />
        <source>Risks: {count}</source>
        <translation>风险：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="94" />
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="101" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="106" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="112" />
        <source>Review overdue</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="114" />
        <source>Show all cells</source>
        <translation>显示全部单元格</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="116" />
        <source>List the risks of every heat-map cell</source>
        <translation>列出热力图所有单元格中的风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="224" />
        <source>Showing {title} only</source>
        <translation>仅显示 {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="248" />
        <source>New risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="248" />
        <source>Choose a region first: a risk belongs to one.</source>
        <translation>请先选择区域：风险属于某一区域。</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="256" />
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="263" />
        <location filename="../../app/ui/risks/pane.py" line="272" />
        <source>Delete risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="264" />
        <source>Delete the risk {title} with its reviews and actions?</source>
        <translation>删除风险 {title} 及其复核与行动？</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="277" />
        <source>Record review</source>
        <translation>记录复核</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="285" />
        <source>Accept risk</source>
        <translation>接受风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="290" />
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="296" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/risks/pane.py" line="302" />
        <source>Carry into next one-on-one</source>
        <translation>带入下一次一对一面谈</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="79" />
        <source>Schedule a one-on-one</source>
        <extracomment>How many meetings of a series the preview lists (the first included). Where a new meeting starts for the rep when nothing else is known.</extracomment>
        <translation>安排一对一面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="79" />
        <source>Move meeting</source>
        <translation>面谈改期</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="108" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="113" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="115" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="119" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="122" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="124" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="127" />
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="136" />
        <source>Next meetings of the series</source>
        <translation>该系列接下来的面谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="142" />
        <source>Rep's time</source>
        <translation>销售人员时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="142" />
        <source>Manager's time</source>
        <translation>经理时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="154" />
        <source>In bold: the manager's time moves when the rep's clocks change; the rep's time stays.</source>
        <translation>粗体表示：销售人员所在地调整时钟时，经理时间随之变动，销售人员时间保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="329" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/schedule_dialog.py" line="333" />
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/slot_editor.py" line="53" />
        <source>{start}–{end} in {city} is outside the rep's working hours ({first}–{last}).</source>
        <translation>{city}时间 {start}–{end} 不在该销售人员的工作时间（{first}–{last}）内。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/slot_editor.py" line="67" />
        <source>{day} {date} is a weekend day for the rep ({country}).</source>
        <translation>{day} {date} 是该销售人员所在地（{country}）的周末。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/slot_editor.py" line="74" />
        <source>{time} does not exist in {city} on {date} (the clocks go forward); the meeting starts at {actual}.</source>
        <translation>{date} {city}没有 {time} 这一时刻（时钟拨快）；面谈将于 {actual} 开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/slot_editor.py" line="91" />
        <source>{time} happens twice in {city} that night (the clocks go back); the first one is used ({abbreviation}).</source>
        <translation>当晚{city}的 {time} 会出现两次（时钟回拨）；采用第一次（{abbreviation}）。</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="55" />
        <source>The selected reps ({n})</source>
        <extracomment>How many skipped reps the preview names before "and N more". A fixed due date starts this many days ahead.</extracomment>
        <translation>所选销售人员（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="58" />
        <source>Every rep of the region</source>
        <translation>本区域全部销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="62" />
        <source>Choose a region in the toolbar first</source>
        <translation>请先在工具栏中选择区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="63" />
        <source>Every rep posted in</source>
        <translation>派驻在以下国家的全部销售人员</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location filename="../../app/ui/reviews/kpi_panel.py" line="140" />
        <source>Auto (from attainment)</source>
        <translation>自动（按达成率）</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../app/ui/toolbar.py" line="50" />
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/toolbar.py" line="84" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings.py" line="98" />
        <source>Language</source>
        <extracomment>(value, untranslated label) pairs when only some values are allowed.</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="101" />
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="102" />
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="103" />
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="111" />
        <source>Region shown at start</source>
        <translation>启动时显示的区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="119" />
        <source>Period shown at start</source>
        <translation>启动时显示的期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="129" />
        <source>Font for PDF packs</source>
        <extracomment>A TrueType (.ttf/.ttc) font file with Chinese glyphs for PDF packs; "" finds one.</extracomment>
        <translation>PDF 评估报告字体</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="138" />
        <source>Who I am</source>
        <extracomment>Who I am: the signed-in manager's id (the audit actor, default reviewer and owner).</extracomment>
        <translation>我是谁</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="147" />
        <source>My time zone</source>
        <extracomment>My IANA time zone for "your time"; "" follows the signed-in manager's own zone.</extracomment>
        <translation>我的时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="156" />
        <source>Export folder</source>
        <extracomment>Where exports are saved by default (and remembered after each export); "" is home.</extracomment>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="168" />
        <source>Database</source>
        <extracomment>The database to open on the next start: "" is the local file in the data folder, else a SQLAlchemy URL (``sqlite:///…`` or ``postgresql+psycopg://…``) without a password (libpq finds it in ~/.pgpass or PGPASSWORD). ``--database`` and OUTPOST_DATABASE_URL still win over it.</extracomment>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="177" />
        <source>Flag obligations due within (days)</source>
        <extracomment>Compliance obligations and work permits due within this many days are flagged.</extracomment>
        <translation>提示在此天数内到期的义务</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="196" />
        <source>Review critical risks every (days)</source>
        <extracomment>Days from a risk's review to its next one, by residual level (app.domain.risk).</extracomment>
        <translation>严重风险复核周期（天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="198" />
        <source>Review high risks every (days)</source>
        <translation>高风险复核周期（天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="200" />
        <source>Review medium risks every (days)</source>
        <translation>中风险复核周期（天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="202" />
        <source>Review low risks every (days)</source>
        <translation>低风险复核周期（天）</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/first_start/wizard.py" line="36" />
        <source>{sheet}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{sheet}：新建 {created}，更新 {updated}，未变 {unchanged}</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/wizard.py" line="51" />
        <source>Set up my region</source>
        <translation>设置我的区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/wizard.py" line="131" />
        <source>…and {count} more</source>
        <extracomment>The region and manager written by Finish (kept if the import is refused). The team import's report when a spreadsheet was imported.</extracomment>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/wizard.py" line="134" />
        <source>Your region is saved, but nothing was imported: {count} bad cell(s). Correct the file and press Finish again.
{errors}</source>
        <translation>您的区域已保存，但未导入任何内容：有 {count} 个错误单元格。请修改文件后再次点击“完成”。
{errors}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help/shortcuts.py" line="70" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/shortcuts.py" line="76" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/shortcuts.py" line="76" />
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/shortcuts.py" line="90" />
        <source>In a table, Enter or a double-click opens the selected row; in a dialog, Esc closes it without saving.</source>
        <translation>在表格中，按 Enter 键或双击可打开所选行；在对话框中，按 Esc 键关闭且不保存。</translation>
    </message>
</context>
<context>
    <name>SinceChooser</name>
    <message>
        <location filename="../../app/ui/training/plan_dialog.py" line="148" />
        <source>Only reps posted on or after</source>
        <translation>仅限派驻开始日不早于</translation>
    </message>
</context>
<context>
    <name>SlotEditor</name>
    <message>
        <location filename="../../app/ui/one_on_ones/slot_editor.py" line="218" />
        <source>Rep's time — {city} ({abbreviation})</source>
        <translation>销售人员时间 — {city}（{abbreviation}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_on_ones/slot_editor.py" line="223" />
        <source>Manager's time — {city} ({abbreviation})</source>
        <translation>经理时间 — {city}（{abbreviation}）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="165" />
        <source>Database too new</source>
        <translation>数据库版本过新</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="166" />
        <source>This database was written by a newer version of Outpost. Install that version to open it; the database was left untouched.</source>
        <translation>该数据库由更新版本的 Outpost 写入。请安装该版本后再打开；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="179" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="180" />
        <source>Outpost could not open the database:

{error}</source>
        <translation>Outpost 无法打开数据库：

{error}</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../app/ui/export_file.py" line="35" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_file.py" line="36" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_file.py" line="46" />
        <location filename="../../app/ui/export_file.py" line="75" />
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_file.py" line="72" />
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <location filename="../../app/ui/table_pane.py" line="183" />
        <source>Export table…</source>
        <extracomment>Change-bus topics after which the rows are read again (the selection kept). Read nothing while hidden; query once shown (see the module's docstring). Whether the window's period filters the rows (else the pane only keeps it). The column sorted by until the user sorts (None: the first). Column widths until the user resizes; none given: fit the first rows shown. The splitter's sizes (table, side) until the user moves it. How the splitter shares growth between the table and the side widget. Every table exports its rows (the window's Export action, the table's menu).</extracomment>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_pane.py" line="186" />
        <source>Save every row as filtered and sorted, as an Excel or CSV file</source>
        <translation>按当前筛选和排序，将所有行保存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/table_pane.py" line="381" />
        <source>Exported {count} rows to {file}</source>
        <translation>已导出 {count} 行到 {file}</translation>
    </message>
</context>
<context>
    <name>TargetColumns</name>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="47" />
        <source>No actual recorded yet</source>
        <translation>尚未录入实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="48" />
        <source>{count} actual(s) to date</source>
        <translation>截至目前共 {count} 条实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="51" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="52" />
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="55" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="62" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="72" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="79" />
        <source>Actual to date</source>
        <translation>截至目前实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="86" />
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="95" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="101" />
        <source>Target (base)</source>
        <translation>目标（本位币）</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="107" />
        <source>Actual (base)</source>
        <translation>实际（本位币）</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/columns.py" line="113" />
        <source>SMART description</source>
        <translation>SMART 描述</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="61" />
        <source>All metrics</source>
        <extracomment>What "to date" means; tests set a fixed day.</extracomment>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="64" />
        <source>Record actuals…</source>
        <translation>录入实际值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="66" />
        <source>Type a year of actuals per rep and month</source>
        <translation>按销售人员和月份录入一年的实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="77" />
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="88" />
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="104" />
        <source>Choose a region to record its actuals</source>
        <translation>请选择一个区域以录入其实际值</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="76" />
        <source>Targets: {count}</source>
        <translation>目标：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="112" />
        <source>Select a target to see its months</source>
        <translation>选择一个目标以查看其各月情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="168" />
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="168" />
        <source>New targets ({count})</source>
        <translation>新建目标（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="178" />
        <location filename="../../app/ui/targets/pane.py" line="198" />
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="212" />
        <location filename="../../app/ui/targets/pane.py" line="218" />
        <location filename="../../app/ui/targets/pane.py" line="234" />
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets/pane.py" line="205" />
        <source>Delete the {metric} target of {rep} for {period}, with the quarters and months split from it?</source>
        <translation>删除{rep}在{period}的{metric}目标，以及由其分解出的季度和月度目标？</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/ui/workers.py" line="161" />
        <source>Cancelling…</source>
        <extracomment>How long a task may run before the progress dialog appears.</extracomment>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="169" />
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="170" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="178" />
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
</context>
<context>
    <name>TeamColumns</name>
    <message>
        <location filename="../../app/ui/team/columns.py" line="52" />
        <source>Expired {days} days ago</source>
        <translation>已过期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="54" />
        <source>Expires in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="66" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="67" />
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="70" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="74" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="75" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="76" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="77" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="78" />
        <source>Focus</source>
        <translation>工作重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="80" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="57" />
        <source>Permit expiry</source>
        <translation>许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/columns.py" line="83" />
        <source>Posting start</source>
        <translation>派驻开始</translation>
    </message>
</context>
<context>
    <name>TeamImport</name>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="53" />
        <source>Regions</source>
        <extracomment>The first columns of every grid, before the sheet's own.</extracomment>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="54" />
        <source>Managers</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="55" />
        <source>Reps</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="56" />
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="57" />
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="65" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="66" />
        <source>name_zh</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="67" />
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="68" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="69" />
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="70" />
        <source>regions</source>
        <translation>负责区域</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="71" />
        <source>manager_email</source>
        <translation>经理邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="72" />
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="73" />
        <source>countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="74" />
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="75" />
        <source>time_zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="76" />
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="77" />
        <source>base_currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="78" />
        <source>posting_start</source>
        <translation>派驻开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="79" />
        <source>posting_end</source>
        <translation>派驻结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="80" />
        <source>focus</source>
        <translation>业务重点</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="81" />
        <source>languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="82" />
        <source>work_permit_no</source>
        <translation>工作许可证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="83" />
        <source>work_permit_expiry</source>
        <translation>工作许可到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="84" />
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="85" />
        <source>rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="86" />
        <source>valid_from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="87" />
        <source>title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="88" />
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="89" />
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="90" />
        <source>hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="91" />
        <source>provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="92" />
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="99" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="100" />
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="101" />
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="102" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="103" />
        <source>skipped</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="110" />
        <source>{sheet}, row {row}, {column}: {reason}</source>
        <translation>{sheet}，第 {row} 行，{column}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="185" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="187" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="189" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_preview.py" line="238" />
        <source>Not checked: it refers to a row that has errors on another sheet.</source>
        <translation>未检查：此行引用了另一工作表中有错误的行。</translation>
    </message>
</context>
<context>
    <name>TeamImportDialog</name>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="70" />
        <source>Import team spreadsheet</source>
        <extracomment>What an import may change: the panes listening reload.</extracomment>
        <translation>导入团队表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="73" />
        <source>Choose a filled team spreadsheet (.xlsx).</source>
        <translation>请选择已填写的团队表格（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="76" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="78" />
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="100" />
        <source>Errors (click one to see its cell):</source>
        <translation>错误（点击可定位到单元格）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="110" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="115" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="140" />
        <source>Team spreadsheet to import</source>
        <translation>要导入的团队表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="153" />
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="160" />
        <source>Checking the spreadsheet</source>
        <translation>正在检查表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="186" />
        <source>{count} bad cell(s): correct the file and choose it again.</source>
        <translation>{count} 个单元格有误：请修改文件后重新选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="192" />
        <source>Nothing to import: every row is already stored as it is in the file.</source>
        <translation>无需导入：每一行都已按文件内容保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="195" />
        <source>Ready: press Import to write these rows.</source>
        <translation>准备就绪：按“导入”写入这些行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="204" />
        <source>{sheet} ({rows}, {bad} with errors)</source>
        <translation>{sheet}（{rows}，{bad} 行有错误）</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="207" />
        <source>{sheet} ({rows})</source>
        <translation>{sheet}（{rows}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="214" />
        <source>{new} new, {update} to update, {unchanged} unchanged, {error} with errors</source>
        <translation>新增 {new}，更新 {update}，不变 {unchanged}，有错误 {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="223" />
        <source>, {skipped} not checked</source>
        <translation>，未检查 {skipped}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="281" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="287" />
        <source>Importing the team spreadsheet</source>
        <translation>正在导入团队表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="302" />
        <source>{sheet}: {created} created, {updated} updated</source>
        <translation>{sheet}：新增 {created}，更新 {updated}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="308" />
        <source>Imported. {counts}.</source>
        <translation>已导入。{counts}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="314" />
        <source>Save a blank team template</source>
        <translation>保存空白团队模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="327" />
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="330" />
        <source>Blank template saved to {path}.</source>
        <translation>空白模板已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="351" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="356" />
        <source>This file cannot be imported: {reason}</source>
        <translation>此文件无法导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="377" />
        <source>Import team spreadsheet…</source>
        <translation>导入团队表格…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/import_dialog.py" line="381" />
        <source>Import regions, managers, reps, rates and courses from XLSX</source>
        <translation>从 XLSX 导入区域、经理、销售人员、汇率和课程</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="137" />
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="138" />
        <source>Bring in your reps from a spreadsheet, or type them in one by one.</source>
        <translation>从表格导入销售人员，或逐个录入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="141" />
        <source>Add reps one by one</source>
        <translation>逐个添加销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="144" />
        <source>Import a team spreadsheet</source>
        <translation>导入团队表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="151" />
        <source>After Finish, the Team pane opens with the form of a new rep.</source>
        <translation>点击“完成”后，将打开“团队”窗格并显示新销售人员表单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="155" />
        <source>An .xlsx file made from the team template</source>
        <translation>按团队模板填写的 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="156" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="158" />
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="165" />
        <source>Spreadsheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="200" />
        <source>Choose the team spreadsheet</source>
        <translation>选择团队表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="202" />
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="211" />
        <source>Save the team template</source>
        <translation>保存团队模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="213" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="223" />
        <source>Template saved to {path}; fill it and choose it above.</source>
        <translation>模板已保存到 {path}；请填写后在上方选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="232" />
        <source>Choose the spreadsheet to import</source>
        <translation>请选择要导入的表格</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <location filename="../../app/ui/team/pane.py" line="45" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="59" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="69" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="100" />
        <source>Showing {name} only</source>
        <translation>仅显示 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="58" />
        <source>Reps: {count}</source>
        <translation>销售人员：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="64" />
        <source>Export review pack (PDF)…</source>
        <translation>导出绩效评估报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="120" />
        <source>Edit rep</source>
        <translation>编辑销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="133" />
        <location filename="../../app/ui/team/pane.py" line="162" />
        <source>Remove rep</source>
        <translation>移除销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="134" />
        <source>Remove {name} from the team?</source>
        <translation>将 {name} 从团队中移除？</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="137" />
        <source>Deactivating keeps the rep's targets, one-on-ones and reviews. Deleting permanently removes the rep with all their history; undo brings the rep back but not the history.</source>
        <translation>停用会保留该销售人员的目标、一对一面谈和绩效评估。永久删除会移除该销售人员及其全部历史记录；撤销只能恢复人员本身，不能恢复历史记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="144" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="147" />
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="169" />
        <source>Export review pack</source>
        <translation>导出绩效评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/pane.py" line="169" />
        <source>Select a rep to export first.</source>
        <translation>请先选择要导出的销售人员。</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="55" />
        <source>What the rep did well this period</source>
        <extracomment>The user changed a text.</extracomment>
        <translation>销售人员本期表现出色的方面</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="58" />
        <source>Where the rep should grow</source>
        <translation>销售人员需要提升的方面</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="61" />
        <source>Your overall assessment, as the rep will read it</source>
        <translation>您的总体评价（销售人员可见）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="64" />
        <source>What the rep says about this review</source>
        <translation>销售人员对本次绩效评估的意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="75" />
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="76" />
        <source>Areas to improve</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="77" />
        <source>Manager summary</source>
        <translation>经理总评</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/texts_panel.py" line="84" />
        <source>Rep comments</source>
        <translation>销售人员意见</translation>
    </message>
</context>
<context>
    <name>TrainingColumns</name>
    <message>
        <location filename="../../app/ui/training/columns.py" line="54" />
        <source>Overdue by {days} days</source>
        <extracomment>An open assignment due within this many days is "due soon" (amber). Marks a row a review's development goal links to (the Goal column).</extracomment>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="57" />
        <source>Due in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="62" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="74" />
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="78" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="91" />
        <source>Development goal: {goal}</source>
        <translation>发展目标：{goal}</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="97" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="113" />
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="119" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="125" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="132" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="139" />
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="146" />
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="153" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="160" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="167" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/columns.py" line="175" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>TrainingPane</name>
    <message>
        <location filename="../../app/ui/training/pane.py" line="112" />
        <source>Assignments: {count}</source>
        <extracomment>What else makes the pane read again (names of reps and courses show in it). More reps than any region has: the rep filter is a list, not a paged table. What "overdue" and "due soon" are judged against; tests set a fixed day.</extracomment>
        <translation>培训安排：{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="126" />
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="134" />
        <location filename="../../app/ui/training/pane.py" line="216" />
        <source>All reps</source>
        <translation>全部销售人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="136" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="139" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="141" />
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="143" />
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="145" />
        <source>Record the completion with score and feedback</source>
        <translation>记录完成情况、成绩和反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="146" />
        <source>Plan for many…</source>
        <translation>批量安排…</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="149" />
        <source>Assign a course to the selected reps, the region or a country's reps</source>
        <translation>为所选销售人员、整个区域或某国家的销售人员安排课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="274" />
        <source>Showing one assignment only</source>
        <translation>仅显示一项培训安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="312" />
        <source>Edit training</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="317" />
        <source>Complete training</source>
        <translation>完成培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="337" />
        <source>Delete {course} for {rep}?</source>
        <translation>删除 {rep} 的课程 {course}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="340" />
        <location filename="../../app/ui/training/pane.py" line="345" />
        <source>Delete training</source>
        <translation>删除培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="367" />
        <source>{course}: planned {n}, skipped {m}</source>
        <translation>{course}：已安排 {n} 人，跳过 {m} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/training/pane.py" line="376" />
        <source>Skipped (the course is already open for them): {names}</source>
        <translation>已跳过（此课程已在进行或已安排）：{names}</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../app/ui/dialog_parts.py" line="126" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="60" />
        <source>Who I am</source>
        <extracomment>The languages the console speaks, each named in itself (as language pickers do).</extracomment>
        <translation>我是谁</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="61" />
        <source>You become the manager of your region; your changes are recorded as yours.</source>
        <translation>您将成为所在区域的经理；您的更改将记录在您名下。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="64" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="65" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="67" />
        <source>My time zone</source>
        <translation>我的时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="72" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_start/pages.py" line="74" />
        <source>A new language applies the next time Outpost starts.</source>
        <translation>新语言将在下次启动 Outpost 时生效。</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="72" />
        <location filename="../../app/ui/reviews/workflow_bar.py" line="120" />
        <source>Submit for review</source>
        <extracomment>A step was written: the review as it now stands. Someone else changed the review first: the review as stored (nothing was written).</extracomment>
        <translation>提交审阅</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="73" />
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="75" />
        <source>Record acknowledgement…</source>
        <translation>记录确认…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="77" />
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="105" />
        <source>Signed on {signed} and acknowledged by the rep on {acknowledged}. This review is read-only; use “Reopen…” to change it.</source>
        <translation>已于 {signed} 签署，销售人员已于 {acknowledged} 确认。此绩效评估为只读；如需修改，请使用“重新打开…”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="112" />
        <source>Signed on {signed}. This review is read-only; use “Reopen…” to change it.</source>
        <translation>已于 {signed} 签署。此绩效评估为只读；如需修改，请使用“重新打开…”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="129" />
        <source>A signed review is locked: nothing in it can change unless it is reopened, which is recorded in the audit log.</source>
        <translation>签署后即锁定：除非重新打开，否则任何内容都无法修改，重新打开会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="137" />
        <source>The period of this review runs until {end} and has not ended yet. Sign the review of {rep} anyway? {lock}</source>
        <translation>本绩效评估的周期至 {end} 结束，目前尚未结束。仍要签署 {rep} 的绩效评估吗？{lock}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="141" />
        <source>Sign the review of {rep}? {lock}</source>
        <translation>签署 {rep} 的绩效评估？{lock}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="144" />
        <location filename="../../app/ui/reviews/workflow_bar.py" line="146" />
        <source>Sign review</source>
        <translation>签署绩效评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviews/workflow_bar.py" line="176" />
        <source>Someone else changed this review after you opened it. It has been reloaded: look at it and try again.</source>
        <translation>您打开此绩效评估后，他人已作修改。现已重新加载，请查看后重试。</translation>
    </message>
</context>
</TS>
