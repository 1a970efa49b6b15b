# redraft — 中文目录：修订草案（Rev.1、Rev.2……）、文件历史和文号。

## Setting up a revised draft (Chair)
field-document-symbol = 文号
field-document-symbol-hint = 显示在结果文件的报头中，例如 CTOC/COP/WG.4/2020/L.1。仅限字母、数字和 / . - _ ( )，最多100个字符；可以留空。修订草案如留空，则采用其所依据程序的文号，并加上 /Rev.1、/Rev.2 等。
revision-heading = 修订草案
revision-notice = 本轮程序的草案将是该文件的下一版本（{ $version }）：即“{ $round }”已公布结果文件的整合案文（保留、经修正和置于方括号内的建议，以及整合期间新增的建议；删除和合并的建议不予列入）。该轮程序的代表团也受到邀请。在本轮程序开始之前，您仍可修改草案和代表团名单。
revision-start = 开始关于修订草案的程序
revision-start-hint = 结果文件已公布：可以就其整合案文作为该文件的下一版本再进行一轮程序。
revision-draft-note = 本草案是根据“{ $round }”已公布结果文件编写的该文件第{ $version }版。加载新草案时，只要编号不变，每项建议都保留与其上一版本的关联。
error-based-on-unknown = 没有可作为修订草案依据的此类程序。
error-based-on-not-closed = 修订草案须依据已截止的程序编写，而该程序尚未截止。
error-based-on-unpublished = 修订草案须依据已公布的结果文件编写：请先公布该程序的结果文件。
error-based-on-other-meeting = 修订草案属于其所依据程序的机构和会议：{ $body }，{ $meeting }。
error-document-symbol-too-long = 文号不得超过100个字符。
error-document-symbol-invalid = 文号只能包含字母、数字和 / . - _ ( )，并以字母或数字开头，例如 CTOC/COP/WG.4/2020/L.1。

## A delegation's view of a revised draft
revision-round-note = 本草案是根据“{ $round }”的结果文件修订的该文件第{ $version }版。
revision-history-link = 文件历史
revision-view-label = 显示案文
revision-view-clean = 清稿
revision-view-changes = 与上一版本相比的修改
revision-changed = 与上一版本相比有修改。
revision-unchanged = 与上一版本相比无修改。
revision-new = 本版本新增。
revision-previous-comments-link = 对建议{ $label }上一版本的评论
revision-changes-legend = 插入部分加下划线；删除部分加删除线。

## Comments on the previous version of a recommendation
previous-title = 建议{ $label }：上一版本及对其的评论
previous-version-heading = “{ $round }”中的建议{ $label }
previous-own-heading = 贵代表团的评论
previous-own-none = 贵代表团未对此发表评论。
previous-others-heading = 其他代表团的评论
previous-others-none = 没有其他代表团对此发表评论。
previous-others-not-shared = 其他代表团对上一版本的评论不向您提供。
previous-back = 返回本轮程序

## The document's history
history-title = 文件历史
history-intro = 该文件的所有版本，包括其程序、日期、结果文件以及对每项建议的决定。
history-original = 原始草案
history-version-heading = { $version }：{ $round }
history-dates = 评论期：{ $opens }至{ $closes }
history-symbol = 文号：{ $symbol }
history-outcome-none = 尚未公布结果文件。
history-outcome-line = 结果文件第{ $version }版，{ $time }公布
history-decisions-heading = 对每项建议的决定
history-col-version = { $version }
history-not-in-version = 不在此版本中
history-under-comment = 正在征求评论，尚未作出决定
history-dates-silence = 默许程序：自{ $opens }至{ $closes }
history-under-silence = 默许程序进行中，尚无结果
history-silence-adopted = 已按默许程序获得通过
history-silence-broken = 未获通过：沉默已被打破
history-label = 建议{ $label }
history-added = 在整合期间新增。

## The outcome document's masthead
outcome-masthead-distribution = Distr.: General
outcome-masthead-original = 原件：英文
outcome-masthead-date = { $year }年{ $month }{ $day }日
