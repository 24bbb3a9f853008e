-- 限适应症（{{@item_class}}）：目录限定支付的适应症（诊断编码前缀），就诊的全部诊断（结算清单各诊断
-- 与主要诊断）都不符合。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, main_diag, lim_diag_prefix
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, f.main_diag, f.lim_diag_prefix
FROM fee_lim f
WHERE f.item_class = {{@item_class}} AND f.lim_diag_prefix IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM visit_dx d WHERE d.mdtrt_id = f.mdtrt_id AND d.diag_code LIKE f.lim_diag_prefix || '%')
