-- {{@item_class}}限新生儿使用：限新生儿（出生 lim_max_age_days 天内）的项目用于非新生儿。新生儿费用随母亲的
-- 分娩住院结算（结算清单有新生儿出生体重、入院类型或年龄）时，入院后 lim_max_age_days 天内的明细是新生儿的，不计。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, age_days, lim_max_age_days
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, age_days, lim_max_age_days
FROM fee_lim
WHERE item_class = {{@item_class}} AND lim_max_age_days IS NOT NULL AND age_days > lim_max_age_days
  AND NOT (with_newborn = 1 AND fee_date - adm_date <= lim_max_age_days)
