-- 结算明细信息异常（settled-without-detail）：结算的医疗费总额比费用明细（冲销后）合计多出
-- setl_detail_tolerance_fen 分以上，多出的部分没有明细支撑，基金却按总额支付了。
-- 输出标准列；证据列: medfee_sumamt_fen, lines_fen, unsupported_fen
-- （费用明细合计取自装载时建立的 fee_span，含冲销行。）
WITH n AS (SELECT mdtrt_id, lines_fen FROM fee_span)
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, v.adm_date AS occur_date,
       CAST(FLOOR(CAST(v.fund_pay_fen AS FLOAT8) * (v.medfee_sumamt_fen - COALESCE(n.lines_fen, 0)) / v.medfee_sumamt_fen) AS BIGINT) AS amount_fen,
       v.medfee_sumamt_fen, COALESCE(n.lines_fen, 0) AS lines_fen, v.medfee_sumamt_fen - COALESCE(n.lines_fen, 0) AS unsupported_fen
FROM visit_x v LEFT JOIN n ON n.mdtrt_id = v.mdtrt_id
WHERE v.medfee_sumamt_fen > COALESCE(n.lines_fen, 0) + {{setl_detail_tolerance_fen}}
