export const POWER_KINDS = ['行政处罚', '行政强制', '行政检查', '行政给付', '行政确认', '行政奖励', '其他行政职权'];
export const KIND_COLOURS: Record<string, string> = {
  行政处罚: 'red',
  行政强制: 'volcano',
  行政检查: 'blue',
  行政给付: 'green',
  行政确认: 'cyan',
  行政奖励: 'gold',
  其他行政职权: 'default',
};
export const SEVERITY: Record<string, { color: string; label: string }> = {
  error: { color: 'red', label: '错误' },
  warning: { color: 'orange', label: '警告' },
  info: { color: 'blue', label: '提示' },
};
