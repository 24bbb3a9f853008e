-- 冒名就医（impostor-patient）：结算清单记录的患者性别或出生日期（4101 setlinfo 的 gend、brdy）与参保
-- 登记的持卡人不同：就医的不是持卡人本人。新生儿在办理参保前使用母亲的凭证结算（患者入院时出生不满
-- 28 天）不计。
-- 输出标准列；证据列: holder_gend, patn_gend, holder_brdy, patn_brdy
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, gend AS holder_gend, patn_gend, brdy AS holder_brdy, patn_brdy
FROM visit_x
WHERE ((patn_gend IS NOT NULL AND patn_gend <> gend) OR (patn_brdy IS NOT NULL AND patn_brdy <> brdy))
  AND NOT (patn_brdy IS NOT NULL AND adm_date - patn_brdy BETWEEN 0 AND 28)
