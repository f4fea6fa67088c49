/// Mustache templates of the narrative skeleton; the wording follows the seed report's own sections.
enum NarrativeTemplates {
    /// 存在的问题及原因分析 and 下一步改进措施, as Markdown.
    static let markdown = """
        {{% CONTENT_TYPE: TEXT}}
        {{#full}}
        # {{department}}{{year}}年度部门整体支出绩效自评报告（草稿）

        > 由 jixiao 根据评分与数据核对结果生成；【待补充：…】处请部门填写。

        ## 一、部门概况

        {{department}}的主要职责、机构设置、人员编制情况：【待补充：部门概况】

        ## 二、部门整体支出概况

        {{#metrics}}
        - {{name}}：{{shown}}
        {{/metrics}}

        ## 三、绩效情况

        {{#rubrics}}
        ### {{title}}

        {{total}}

        | 指标 | 分值 | 得分 | 说明 |
        |---|---:|---:|---|
        {{#indicators}}
        | {{name}} | {{points}} | {{score}} | {{reason}} |
        {{/indicators}}

        {{/rubrics}}
        {{/full}}
        ## {{problemsHeading}}

        {{^problems}}
        {{#verified}}
        经评价，未发现需要专门说明的问题。
        {{/verified}}
        {{^verified}}
        【提示】文件中没有任何数据得到核对（没有可以相互核对的数字），以上不代表数据无误，请补充决算表或说明中的相关数字后再生成。
        {{/verified}}
        {{/problems}}
        {{#problems}}
        **（{{numeral}}）{{title}}**

        {{evidence}}

        原因分析：{{cause}}

        {{/problems}}
        ## {{measuresHeading}}

        {{^measures}}
        {{#verified}}
        继续保持现有预算管理和绩效管理水平，严格按规定执行预算。
        {{/verified}}
        {{/measures}}
        {{#measures}}
        {{number}}. {{text}}（对应问题{{answers}}）
        {{/measures}}
        {{#assessment}}

        ## {{heading}}

        > {{note}}

        {{^problems}}
        未发现问题。
        {{/problems}}
        {{#problems}}
        **（{{numeral}}）{{title}}**

        {{evidence}}

        原因分析：{{cause}}

        {{/problems}}
        {{#hasMeasures}}
        **改进措施**

        {{/hasMeasures}}
        {{#measures}}
        {{number}}. {{text}}（对应问题{{answers}}）
        {{/measures}}
        {{/assessment}}

        """

    /// The same skeleton as plain text, ready to paste into a report.
    static let text = """
        {{% CONTENT_TYPE: TEXT}}
        {{#full}}
        {{department}}{{year}}年度部门整体支出绩效自评报告（草稿）
        （由 jixiao 根据评分与数据核对结果生成；【待补充：…】处请部门填写。）

        一、部门概况
        {{department}}的主要职责、机构设置、人员编制情况：【待补充：部门概况】

        二、部门整体支出概况
        {{#metrics}}
          {{name}}：{{shown}}
        {{/metrics}}

        三、绩效情况
        {{#rubrics}}
        {{title}}：{{total}}
        {{#indicators}}
          {{name}}（{{points}}分）：{{scoreText}}。{{reason}}
        {{/indicators}}
        {{/rubrics}}

        {{/full}}
        {{problemsHeading}}
        {{^problems}}
        {{#verified}}
        经评价，未发现需要专门说明的问题。
        {{/verified}}
        {{^verified}}
        【提示】文件中没有任何数据得到核对（没有可以相互核对的数字），以上不代表数据无误，请补充决算表或说明中的相关数字后再生成。
        {{/verified}}
        {{/problems}}
        {{#problems}}
        （{{numeral}}）{{title}}。{{evidence}}
        原因分析：{{cause}}
        {{/problems}}

        {{measuresHeading}}
        {{^measures}}
        {{#verified}}
        继续保持现有预算管理和绩效管理水平，严格按规定执行预算。
        {{/verified}}
        {{/measures}}
        {{#measures}}
        {{number}}. {{text}}（对应问题{{answers}}）
        {{/measures}}
        {{#assessment}}

        {{heading}}
        {{note}}
        {{^problems}}
        未发现问题。
        {{/problems}}
        {{#problems}}
        （{{numeral}}）{{title}}。{{evidence}}
        原因分析：{{cause}}
        {{/problems}}
        {{#hasMeasures}}
        改进措施：
        {{/hasMeasures}}
        {{#measures}}
        {{number}}. {{text}}（对应问题{{answers}}）
        {{/measures}}
        {{/assessment}}

        """
}
