/**
 * The genre's words, in one place: what a line says tells a problem heading
 * from a part heading, a statement from an action. The readers of levels
 * (problems.ts) and of sub-problems (subproblems.ts) weigh these against the
 * outline; none of them decides a level alone.
 */
import { MEASURES_LABEL } from '../numbering/measures.ts';
import { afterMarker, headingLike, unquoted, type Line } from './lines.ts';

/** A part of the report: organisation, rectification, next steps. */
export const PART_WORDS =
  /组织|基本情况|主体责任|整改落实|落实情况|整改情况|进展情况|整改进展|成效|下一步|打算|今后|工作开展|履行|总体情况|主要做法/;
/** A part after the problems that is next steps. */
export const NEXT_WORDS = /下一步|打算|今后|长效|持续|巩固|深化/;
/** A part heading that names the rectification of the problems. */
export const RECT_WORDS = /整改落实|落实情况|问题整改|反馈意见|反馈问题|整改情况|整改进展|进展情况|逐项|整改任务|见行见效|对账销号|成效/;
/** A part heading about how the rectification was organised (一、提高政治站位，扛牢整改主体责任). */
export const ORG_WORDS =
  /组织|领导|主体责任|基本情况|工作开展|总体情况|政治站位|政治责任|政治任务|整改责任|高度重视|扛起|扛牢|扛实|压实|压紧/;
/** A round summary covers many units: 对25家单位开展巡察. */
export const MANY_UNITS = /对\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:家|个)(?:单位|党组织|部门|乡镇|街道|村|企业|学校)/;

/** Words that state a shortcoming. */
const SHORTCOMING =
  /不到位|不规范|不够|薄弱|差距|不严|不足|不深入|不高|不强|不力|不实|不彻底|不及时|不完善|不健全|不全面|不精准|不平衡|不充分|不明显|不落实|不细|不准确|不清|缺失|欠缺|缺位|缺乏|滞后|偏差|偏弱|偏少|较弱|较差|松懈|宽松|宽软|虚化|弱化|淡化|走过场|流于形式|屡禁不止|多发|过多|较多|缓慢|乏力|混乱|随意|违规|超标|漏洞|短板|盲区|弱项|存在[^，,]{0,12}(?:问题|风险|隐患|现象)|问题$/;
/** Words an action starts with: a measure, even when it names a shortcoming (着力解决……不到位问题). */
const ACTION =
  /^(?:针对|围绕|聚焦|着力|加强|强化|建立|健全|完善|制定|出台|开展|推进|推动|落实|坚持|严格|解决|整治|整改|持续|深化|提升|优化|压实|召开|组织|实行|实施|修订|修改|加快|加大|规范|明确|细化|构建|全面|深入|扎实|切实|认真|进一步|对|由|在|以|按照|根据|下一步)/;

/** A label that introduces measures: 整改情况：, 整改进展:. */
export const isLabel = (l: Line | undefined) => !!l && MEASURES_LABEL.test(l.text);

/** A line that reads like a problem heading: 关于“…”问题的整改, 针对…问题, …的问题. */
export function aboutLike(l: Line): boolean {
  const rest = afterMarker(l);
  if (!headingLike(rest, 120)) return false;
  const bare = unquoted(rest).replace(/[。.]$/, '');
  if (/方面(?:的问题)?$/.test(bare)) return false;
  return /^(?:关于|针对)/.test(rest) || /问题(?:的整改(?:情况|进展|落实情况)?)?$/.test(bare) || /的整改(?:情况|进展|落实情况)?$/.test(bare);
}

/** Words that state a shortcoming, not an action: 台账管理不规范, but not 着力解决……不到位问题. */
export function statesShortcomingText(text: string): boolean {
  return SHORTCOMING.test(text) && !ACTION.test(text);
}

/** A short line without 。 that states a shortcoming: 一是台账管理不规范, 执法人员培训不足. */
export function statesShortcoming(l: Line): boolean {
  if (l.marker && l.marker.kind !== 'shi') return false;
  const rest = afterMarker(l);
  return rest.length <= 40 && !/[。;；:：]/.test(unquoted(rest)) && statesShortcomingText(rest) && !isLabel(l);
}

/** A category heading: 一、在…方面, or a shortcoming stated ((一)贯彻落实上级决策部署有差距。). */
export function categoryLike(l: Line): boolean {
  const rest = afterMarker(l);
  return /方面/.test(rest) || statesShortcomingText(rest.replace(/[。.]$/, ''));
}

/** A heading that reads like a part of the report: organisation, rectification, next steps, or a slogan (一、提高政治站位,扛牢…). */
export function partHeading(l: Line): boolean {
  const rest = afterMarker(l);
  return PART_WORDS.test(rest) || NEXT_WORDS.test(rest) || ORG_WORDS.test(rest) || (headingLike(rest, 40) && /[，,]/.test(rest));
}

/** A part heading that names the rectification itself (二、整改落实情况), not its organisation (一、整改工作组织情况). */
export function rectHeading(l: Line): boolean {
  const rest = afterMarker(l);
  return RECT_WORDS.test(rest) && !ORG_WORDS.test(rest);
}
