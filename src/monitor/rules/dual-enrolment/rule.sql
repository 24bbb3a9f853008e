-- 同一身份重复参保同期结算（重复享受待遇）（dual-enrolment）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: other_psn_no, other_mdtrt_id
WITH c AS (
  SELECT certno FROM psn GROUP BY certno HAVING COUNT(*) > 1
), d AS (
  SELECT v.* FROM visit_x v JOIN c ON c.certno = v.certno
)
SELECT b.mdtrt_id AS hit_key, b.fixmedins_code, b.psn_no, b.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, b.adm_date AS occur_date,
       b.fund_pay_fen AS amount_fen, MIN(a.psn_no) AS other_psn_no, MIN(a.mdtrt_id) AS other_mdtrt_id
FROM d a
JOIN d b ON a.certno = b.certno AND a.psn_no < b.psn_no AND a.adm_date <= b.dscg_date AND b.adm_date <= a.dscg_date
GROUP BY b.mdtrt_id, b.fixmedins_code, b.psn_no, b.adm_date, b.fund_pay_fen
