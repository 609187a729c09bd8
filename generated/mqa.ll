; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [364 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Akind: self\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32 } { i32 6, i32 1, i64 -4308072378838605464, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0 }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256, i32 1, i32 64, ptr null }, align 8

; Function Attrs: nounwind
define internal void @mqa_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca <16 x float>, align 64
  %mv = alloca <16 x float>, align 64
  %lims = alloca [16 x i32], align 64
  %rowbuf = alloca [4 x <16 x float>], align 64
  %ot = alloca [4096 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [27648 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [4096 x i8], align 64
  %ls = alloca [16 x float], align 64
  %ms = alloca [16 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 524288
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = mul i64 %21, 4096
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %19
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow122, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %64, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 16
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 16
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 16
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 256
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 4
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = sext i32 %qrow1 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  store i32 %k_end, ptr %49, align 4
  %50 = sdiv i32 %qrow1, 16
  %51 = sext i32 %50 to i64
  %52 = mul i64 %51, 1024
  %53 = getelementptr i32, ptr %qt, i64 %52
  %54 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %63, %body6 ]
  %55 = icmp slt i32 %qcol9, 64
  br i1 %55, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %56 = sext i32 %qcol9 to i64
  %57 = getelementptr i32, ptr %rowbuf, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = sext i32 %54 to i64
  %60 = mul i64 %56, 16
  %61 = add i64 %60, %59
  %62 = getelementptr i32, ptr %53, i64 %61
  store float %58, ptr %62, align 4
  %63 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %64 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %69, %body10 ], [ 0, %qrow ]
  %65 = icmp slt i32 %otzero13, 64
  br i1 %65, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %66 = sext i32 %otzero13 to i64
  %67 = mul i64 %66, 16
  %68 = getelementptr i32, ptr %ot, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit36, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %140, %exit36 ]
  %70 = icmp slt i32 %ktile17, %k_end
  br i1 %70, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %71 = sub i32 %k_end, %ktile17
  %72 = call i32 @llvm.smin.i32(i32 108, i32 %71)
  %73 = add i32 %72, 11
  %74 = sdiv i32 %73, 12
  %75 = mul i32 %74, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %76 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %76, ptr %ms, align 64
  %77 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %77, ptr %ls, align 64
  br label %orow122

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %105, %body18 ]
  %78 = icmp slt i32 %kpack21, %75
  br i1 %78, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %79 = add i32 %ktile17, %kpack21
  %80 = call i32 @llvm.smin.i32(i32 %79, i32 %k_last)
  %81 = sext i32 %80 to i64
  %row = add i64 %22, %81
  %82 = mul i64 %row, 128
  %83 = getelementptr i8, ptr %20, i64 %82
  %84 = sext i32 %kpack21 to i64
  %85 = mul i64 %84, 64
  %86 = getelementptr i32, ptr %kbuf, i64 %85
  %87 = load <16 x i16>, ptr %83, align 2
  %88 = zext <16 x i16> %87 to <16 x i32>
  %89 = shl <16 x i32> %88, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %89 to <16 x float>
  store <16 x float> %bf16, ptr %86, align 64
  %90 = getelementptr i8, ptr %83, i64 32
  %91 = load <16 x i16>, ptr %90, align 2
  %92 = zext <16 x i16> %91 to <16 x i32>
  %93 = shl <16 x i32> %92, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %93 to <16 x float>
  %94 = getelementptr i8, ptr %86, i64 64
  store <16 x float> %bf1622, ptr %94, align 64
  %95 = getelementptr i8, ptr %83, i64 64
  %96 = load <16 x i16>, ptr %95, align 2
  %97 = zext <16 x i16> %96 to <16 x i32>
  %98 = shl <16 x i32> %97, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %98 to <16 x float>
  %99 = getelementptr i8, ptr %86, i64 128
  store <16 x float> %bf1623, ptr %99, align 64
  %100 = getelementptr i8, ptr %83, i64 96
  %101 = load <16 x i16>, ptr %100, align 2
  %102 = zext <16 x i16> %101 to <16 x i32>
  %103 = shl <16 x i32> %102, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %103 to <16 x float>
  %104 = getelementptr i8, ptr %86, i64 192
  store <16 x float> %bf1624, ptr %104, align 64
  %105 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body25
  %vpack28 = phi i32 [ %132, %body25 ], [ 0, %kpack ]
  %106 = icmp slt i32 %vpack28, %72
  br i1 %106, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %107 = add i32 %ktile17, %vpack28
  %108 = sext i32 %107 to i64
  %row29 = add i64 %22, %108
  %109 = mul i64 %row29, 128
  %110 = getelementptr i8, ptr %24, i64 %109
  %111 = sext i32 %vpack28 to i64
  %112 = mul i64 %111, 64
  %113 = getelementptr i32, ptr %vbuf, i64 %112
  %114 = load <16 x i16>, ptr %110, align 2
  %115 = zext <16 x i16> %114 to <16 x i32>
  %116 = shl <16 x i32> %115, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %116 to <16 x float>
  store <16 x float> %bf1630, ptr %113, align 64
  %117 = getelementptr i8, ptr %110, i64 32
  %118 = load <16 x i16>, ptr %117, align 2
  %119 = zext <16 x i16> %118 to <16 x i32>
  %120 = shl <16 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %120 to <16 x float>
  %121 = getelementptr i8, ptr %113, i64 64
  store <16 x float> %bf1631, ptr %121, align 64
  %122 = getelementptr i8, ptr %110, i64 64
  %123 = load <16 x i16>, ptr %122, align 2
  %124 = zext <16 x i16> %123 to <16 x i32>
  %125 = shl <16 x i32> %124, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %125 to <16 x float>
  %126 = getelementptr i8, ptr %113, i64 128
  store <16 x float> %bf1632, ptr %126, align 64
  %127 = getelementptr i8, ptr %110, i64 96
  %128 = load <16 x i16>, ptr %127, align 2
  %129 = zext <16 x i16> %128 to <16 x i32>
  %130 = shl <16 x i32> %129, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %130 to <16 x float>
  %131 = getelementptr i8, ptr %113, i64 192
  store <16 x float> %bf1633, ptr %131, align 64
  %132 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %133 = add i32 %nrows, 15
  %nblk = sdiv i32 %133, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock37 = phi i32 [ 0, %exit27 ], [ %148, %join ]
  %134 = icmp slt i32 %rblock37, %nblk
  br i1 %134, label %body34, label %exit36

body34:                                           ; preds = %rblock
  %135 = sext i32 %rblock37 to i64
  %136 = mul i32 %rblock37, 16
  %137 = add i32 %136, 15
  %138 = sub i32 %nrows, 1
  %139 = icmp sgt i32 %72, 0
  br i1 %139, label %rvisit, label %join

exit36:                                           ; preds = %rblock
  %140 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body34
  %141 = mul i64 %135, 1024
  %142 = getelementptr i32, ptr %qt, i64 %141
  %143 = getelementptr i32, ptr %ot, i64 %141
  %144 = getelementptr <16 x float>, ptr %mv, i64 %135
  %145 = getelementptr <16 x float>, ptr %lv, i64 %135
  %146 = mul i64 %135, 16
  %147 = getelementptr i32, ptr %lims, i64 %146
  %limv = load <16 x i32>, ptr %147, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body34
  %148 = add nsw i32 %rblock37, 1
  br label %rblock

sblock:                                           ; preds = %exit44, %rvisit
  %sblock41 = phi i32 [ 0, %rvisit ], [ %207, %exit44 ]
  %149 = icmp slt i32 %sblock41, %72
  br i1 %149, label %body38, label %smask

body38:                                           ; preds = %sblock
  %150 = sext i32 %sblock41 to i64
  %151 = mul i64 %150, 64
  %152 = getelementptr i32, ptr %kbuf, i64 %151
  br label %sdim

sdim:                                             ; preds = %body42, %body38
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %192, %body42 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %189, %body42 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %186, %body42 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %183, %body42 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %180, %body42 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %177, %body42 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %174, %body42 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %171, %body42 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %168, %body42 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %165, %body42 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %162, %body42 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %159, %body42 ]
  %sdim45 = phi i32 [ 0, %body38 ], [ %193, %body42 ]
  %153 = icmp slt i32 %sdim45, 64
  br i1 %153, label %body42, label %exit44

body42:                                           ; preds = %sdim
  %154 = sext i32 %sdim45 to i64
  %155 = mul i64 %154, 16
  %156 = getelementptr i32, ptr %142, i64 %155
  %qt46 = load <16 x float>, ptr %156, align 64
  %157 = getelementptr i32, ptr %152, i64 %154
  %k = load float, ptr %157, align 4
  %158 = insertelement <16 x float> poison, float %k, i32 0
  %splat47 = shufflevector <16 x float> %158, <16 x float> poison, <16 x i32> zeroinitializer
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat47, <16 x float> %sacc.sroa.0.0)
  %160 = getelementptr i32, ptr %157, i64 64
  %k48 = load float, ptr %160, align 4
  %161 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat49, <16 x float> %sacc.sroa.4.0)
  %163 = getelementptr i32, ptr %157, i64 128
  %k50 = load float, ptr %163, align 4
  %164 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat51, <16 x float> %sacc.sroa.8.0)
  %166 = getelementptr i32, ptr %157, i64 192
  %k52 = load float, ptr %166, align 4
  %167 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %167, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat53, <16 x float> %sacc.sroa.12.0)
  %169 = getelementptr i32, ptr %157, i64 256
  %k54 = load float, ptr %169, align 4
  %170 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat55, <16 x float> %sacc.sroa.16.0)
  %172 = getelementptr i32, ptr %157, i64 320
  %k56 = load float, ptr %172, align 4
  %173 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat57, <16 x float> %sacc.sroa.20.0)
  %175 = getelementptr i32, ptr %157, i64 384
  %k58 = load float, ptr %175, align 4
  %176 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat59, <16 x float> %sacc.sroa.24.0)
  %178 = getelementptr i32, ptr %157, i64 448
  %k60 = load float, ptr %178, align 4
  %179 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %179, <16 x float> poison, <16 x i32> zeroinitializer
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat61, <16 x float> %sacc.sroa.28.0)
  %181 = getelementptr i32, ptr %157, i64 512
  %k62 = load float, ptr %181, align 4
  %182 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat63, <16 x float> %sacc.sroa.32.0)
  %184 = getelementptr i32, ptr %157, i64 576
  %k64 = load float, ptr %184, align 4
  %185 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %185, <16 x float> poison, <16 x i32> zeroinitializer
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat65, <16 x float> %sacc.sroa.36.0)
  %187 = getelementptr i32, ptr %157, i64 640
  %k66 = load float, ptr %187, align 4
  %188 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat67, <16 x float> %sacc.sroa.40.0)
  %190 = getelementptr i32, ptr %157, i64 704
  %k68 = load float, ptr %190, align 4
  %191 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %191, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat69, <16 x float> %sacc.sroa.44.0)
  %193 = add nsw i32 %sdim45, 1
  br label %sdim

exit44:                                           ; preds = %sdim
  %194 = mul i64 %150, 16
  %195 = getelementptr i32, ptr %st, i64 %194
  store <16 x float> %sacc.sroa.0.0, ptr %195, align 64
  %196 = getelementptr i32, ptr %195, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %196, align 64
  %197 = getelementptr i32, ptr %195, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %197, align 64
  %198 = getelementptr i32, ptr %195, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %198, align 64
  %199 = getelementptr i32, ptr %195, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %199, align 64
  %200 = getelementptr i32, ptr %195, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %200, align 64
  %201 = getelementptr i32, ptr %195, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %201, align 64
  %202 = getelementptr i32, ptr %195, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %202, align 64
  %203 = getelementptr i32, ptr %195, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %203, align 64
  %204 = getelementptr i32, ptr %195, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %204, align 64
  %205 = getelementptr i32, ptr %195, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %205, align 64
  %206 = getelementptr i32, ptr %195, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %206, align 64
  %207 = add nsw i32 %sblock41, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body70
  %tmax.0 = phi <16 x float> [ %216, %body70 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask73 = phi i32 [ %217, %body70 ], [ 0, %sblock ]
  %208 = icmp slt i32 %smask73, %72
  br i1 %208, label %body70, label %exit72

body70:                                           ; preds = %smask
  %209 = add i32 %ktile17, %smask73
  %210 = insertelement <16 x i32> poison, i32 %209, i32 0
  %splat74 = shufflevector <16 x i32> %210, <16 x i32> poison, <16 x i32> zeroinitializer
  %211 = sext i32 %smask73 to i64
  %212 = mul i64 %211, 16
  %213 = getelementptr i32, ptr %st, i64 %212
  %s = load <16 x float>, ptr %213, align 64
  %214 = icmp slt <16 x i32> %splat74, %limv
  %215 = select <16 x i1> %214, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %215, ptr %213, align 64
  %216 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %215)
  %217 = add nsw i32 %smask73, 1
  br label %smask

exit72:                                           ; preds = %smask
  %m = load <16 x float>, ptr %144, align 64
  %218 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %219 = fcmp oeq <16 x float> %218, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse75 = select <16 x i1> %219, <16 x float> zeroinitializer, <16 x float> %218
  %220 = fsub <16 x float> %m, %muse75
  %221 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %220, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %222 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %221, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %223 = fadd <16 x float> %222, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %223, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %222, %n
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %224, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %225, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %226, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %227, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %228, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %230 = fptosi <16 x float> %n to <16 x i32>
  %231 = add <16 x i32> %230, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %232 = shl <16 x i32> %231, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %233 = bitcast <16 x i32> %232 to <16 x float>
  %exp2 = fmul <16 x float> %229, %233
  store <16 x float> %218, ptr %144, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit72
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit72 ], [ %253, %body76 ]
  %sexp79 = phi i32 [ 0, %exit72 ], [ %254, %body76 ]
  %234 = icmp slt i32 %sexp79, %72
  br i1 %234, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %235 = sext i32 %sexp79 to i64
  %236 = mul i64 %235, 16
  %237 = getelementptr i32, ptr %st, i64 %236
  %238 = load <16 x float>, ptr %237, align 64
  %239 = fsub <16 x float> %238, %muse75
  %240 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %239, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %241 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %240, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %242 = fadd <16 x float> %241, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %242, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %241, %n80
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %243, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %244, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %245, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %246, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %247, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %249 = fptosi <16 x float> %n80 to <16 x i32>
  %250 = add <16 x i32> %249, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %251 = shl <16 x i32> %250, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %252 = bitcast <16 x i32> %251 to <16 x float>
  %exp282 = fmul <16 x float> %248, %252
  store <16 x float> %exp282, ptr %237, align 64
  %253 = fadd <16 x float> %lsum.0, %exp282
  %254 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %255 = load <16 x float>, ptr %145, align 64
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %255, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %256, ptr %145, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit89, %exit78
  %pvblock86 = phi i32 [ 0, %exit78 ], [ %364, %exit89 ]
  %257 = icmp slt i32 %pvblock86, 4
  br i1 %257, label %body83, label %join

body83:                                           ; preds = %pvblock
  %258 = mul i32 %pvblock86, 16
  %259 = sext i32 %258 to i64
  %260 = mul i64 %259, 16
  %261 = getelementptr i32, ptr %143, i64 %260
  %262 = load <16 x float>, ptr %261, align 64
  %263 = fmul <16 x float> %262, %exp2
  %264 = getelementptr i32, ptr %261, i64 16
  %265 = load <16 x float>, ptr %264, align 64
  %266 = fmul <16 x float> %265, %exp2
  %267 = getelementptr i32, ptr %261, i64 32
  %268 = load <16 x float>, ptr %267, align 64
  %269 = fmul <16 x float> %268, %exp2
  %270 = getelementptr i32, ptr %261, i64 48
  %271 = load <16 x float>, ptr %270, align 64
  %272 = fmul <16 x float> %271, %exp2
  %273 = getelementptr i32, ptr %261, i64 64
  %274 = load <16 x float>, ptr %273, align 64
  %275 = fmul <16 x float> %274, %exp2
  %276 = getelementptr i32, ptr %261, i64 80
  %277 = load <16 x float>, ptr %276, align 64
  %278 = fmul <16 x float> %277, %exp2
  %279 = getelementptr i32, ptr %261, i64 96
  %280 = load <16 x float>, ptr %279, align 64
  %281 = fmul <16 x float> %280, %exp2
  %282 = getelementptr i32, ptr %261, i64 112
  %283 = load <16 x float>, ptr %282, align 64
  %284 = fmul <16 x float> %283, %exp2
  %285 = getelementptr i32, ptr %261, i64 128
  %286 = load <16 x float>, ptr %285, align 64
  %287 = fmul <16 x float> %286, %exp2
  %288 = getelementptr i32, ptr %261, i64 144
  %289 = load <16 x float>, ptr %288, align 64
  %290 = fmul <16 x float> %289, %exp2
  %291 = getelementptr i32, ptr %261, i64 160
  %292 = load <16 x float>, ptr %291, align 64
  %293 = fmul <16 x float> %292, %exp2
  %294 = getelementptr i32, ptr %261, i64 176
  %295 = load <16 x float>, ptr %294, align 64
  %296 = fmul <16 x float> %295, %exp2
  %297 = getelementptr i32, ptr %261, i64 192
  %298 = load <16 x float>, ptr %297, align 64
  %299 = fmul <16 x float> %298, %exp2
  %300 = getelementptr i32, ptr %261, i64 208
  %301 = load <16 x float>, ptr %300, align 64
  %302 = fmul <16 x float> %301, %exp2
  %303 = getelementptr i32, ptr %261, i64 224
  %304 = load <16 x float>, ptr %303, align 64
  %305 = fmul <16 x float> %304, %exp2
  %306 = getelementptr i32, ptr %261, i64 240
  %307 = load <16 x float>, ptr %306, align 64
  %308 = fmul <16 x float> %307, %exp2
  br label %kpv

kpv:                                              ; preds = %body87, %body83
  %o.sroa.52.0 = phi <16 x float> [ %302, %body83 ], [ %356, %body87 ]
  %o.sroa.48.0 = phi <16 x float> [ %299, %body83 ], [ %353, %body87 ]
  %o.sroa.44.0 = phi <16 x float> [ %296, %body83 ], [ %350, %body87 ]
  %o.sroa.40.0 = phi <16 x float> [ %293, %body83 ], [ %347, %body87 ]
  %o.sroa.36.0 = phi <16 x float> [ %290, %body83 ], [ %344, %body87 ]
  %o.sroa.32.0 = phi <16 x float> [ %287, %body83 ], [ %341, %body87 ]
  %o.sroa.28.0 = phi <16 x float> [ %284, %body83 ], [ %338, %body87 ]
  %o.sroa.24.0 = phi <16 x float> [ %281, %body83 ], [ %335, %body87 ]
  %o.sroa.20.0 = phi <16 x float> [ %278, %body83 ], [ %332, %body87 ]
  %o.sroa.16.0 = phi <16 x float> [ %275, %body83 ], [ %329, %body87 ]
  %o.sroa.12.0 = phi <16 x float> [ %272, %body83 ], [ %326, %body87 ]
  %o.sroa.8.0 = phi <16 x float> [ %269, %body83 ], [ %323, %body87 ]
  %o.sroa.4.0 = phi <16 x float> [ %266, %body83 ], [ %320, %body87 ]
  %o.sroa.0.0 = phi <16 x float> [ %263, %body83 ], [ %317, %body87 ]
  %o.sroa.56.0 = phi <16 x float> [ %305, %body83 ], [ %359, %body87 ]
  %o.sroa.60.0 = phi <16 x float> [ %308, %body83 ], [ %362, %body87 ]
  %kpv90 = phi i32 [ 0, %body83 ], [ %363, %body87 ]
  %309 = icmp slt i32 %kpv90, %72
  br i1 %309, label %body87, label %exit89

body87:                                           ; preds = %kpv
  %310 = sext i32 %kpv90 to i64
  %311 = mul i64 %310, 16
  %312 = getelementptr i32, ptr %st, i64 %311
  %p = load <16 x float>, ptr %312, align 64
  %313 = mul i64 %310, 256
  %314 = getelementptr i8, ptr %vbuf, i64 %313
  %315 = getelementptr i32, ptr %314, i64 %259
  %v = load float, ptr %315, align 4
  %316 = insertelement <16 x float> poison, float %v, i32 0
  %splat91 = shufflevector <16 x float> %316, <16 x float> poison, <16 x i32> zeroinitializer
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat91, <16 x float> %o.sroa.0.0)
  %318 = getelementptr i32, ptr %315, i64 1
  %v92 = load float, ptr %318, align 4
  %319 = insertelement <16 x float> poison, float %v92, i32 0
  %splat93 = shufflevector <16 x float> %319, <16 x float> poison, <16 x i32> zeroinitializer
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat93, <16 x float> %o.sroa.4.0)
  %321 = getelementptr i32, ptr %315, i64 2
  %v94 = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %v94, i32 0
  %splat95 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.8.0)
  %324 = getelementptr i32, ptr %315, i64 3
  %v96 = load float, ptr %324, align 4
  %325 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %327 = getelementptr i32, ptr %315, i64 4
  %v98 = load float, ptr %327, align 4
  %328 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %328, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %330 = getelementptr i32, ptr %315, i64 5
  %v100 = load float, ptr %330, align 4
  %331 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %331, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.20.0)
  %333 = getelementptr i32, ptr %315, i64 6
  %v102 = load float, ptr %333, align 4
  %334 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.24.0)
  %336 = getelementptr i32, ptr %315, i64 7
  %v104 = load float, ptr %336, align 4
  %337 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.28.0)
  %339 = getelementptr i32, ptr %315, i64 8
  %v106 = load float, ptr %339, align 4
  %340 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %340, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.32.0)
  %342 = getelementptr i32, ptr %315, i64 9
  %v108 = load float, ptr %342, align 4
  %343 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %343, <16 x float> poison, <16 x i32> zeroinitializer
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.36.0)
  %345 = getelementptr i32, ptr %315, i64 10
  %v110 = load float, ptr %345, align 4
  %346 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %346, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.40.0)
  %348 = getelementptr i32, ptr %315, i64 11
  %v112 = load float, ptr %348, align 4
  %349 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.44.0)
  %351 = getelementptr i32, ptr %315, i64 12
  %v114 = load float, ptr %351, align 4
  %352 = insertelement <16 x float> poison, float %v114, i32 0
  %splat115 = shufflevector <16 x float> %352, <16 x float> poison, <16 x i32> zeroinitializer
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat115, <16 x float> %o.sroa.48.0)
  %354 = getelementptr i32, ptr %315, i64 13
  %v116 = load float, ptr %354, align 4
  %355 = insertelement <16 x float> poison, float %v116, i32 0
  %splat117 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.52.0)
  %357 = getelementptr i32, ptr %315, i64 14
  %v118 = load float, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.56.0)
  %360 = getelementptr i32, ptr %315, i64 15
  %v120 = load float, ptr %360, align 4
  %361 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %361, <16 x float> poison, <16 x i32> zeroinitializer
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.60.0)
  %363 = add nsw i32 %kpv90, 1
  br label %kpv

exit89:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %261, align 64
  store <16 x float> %o.sroa.4.0, ptr %264, align 64
  store <16 x float> %o.sroa.8.0, ptr %267, align 64
  store <16 x float> %o.sroa.12.0, ptr %270, align 64
  store <16 x float> %o.sroa.16.0, ptr %273, align 64
  store <16 x float> %o.sroa.20.0, ptr %276, align 64
  store <16 x float> %o.sroa.24.0, ptr %279, align 64
  store <16 x float> %o.sroa.28.0, ptr %282, align 64
  store <16 x float> %o.sroa.32.0, ptr %285, align 64
  store <16 x float> %o.sroa.36.0, ptr %288, align 64
  store <16 x float> %o.sroa.40.0, ptr %291, align 64
  store <16 x float> %o.sroa.44.0, ptr %294, align 64
  store <16 x float> %o.sroa.48.0, ptr %297, align 64
  store <16 x float> %o.sroa.52.0, ptr %300, align 64
  store <16 x float> %o.sroa.56.0, ptr %303, align 64
  store <16 x float> %o.sroa.60.0, ptr %306, align 64
  %364 = add nsw i32 %pvblock86, 1
  br label %pvblock

orow122:                                          ; preds = %written, %exit16
  %orow126 = phi i32 [ 0, %exit16 ], [ %400, %written ]
  %365 = icmp slt i32 %orow126, %nrows
  br i1 %365, label %body123, label %done

body123:                                          ; preds = %orow122
  %366 = sext i32 %orow126 to i64
  %367 = getelementptr float, ptr %ms, i64 %366
  %m127 = load float, ptr %367, align 4
  %368 = getelementptr float, ptr %ls, i64 %366
  %l = load float, ptr %368, align 4
  %369 = sdiv i32 %orow126, 16
  %370 = srem i32 %orow126, 16
  %371 = sext i32 %369 to i64
  %372 = mul i64 %371, 1024
  %373 = getelementptr i32, ptr %ot, i64 %372
  br label %otrow

otrow:                                            ; preds = %body128, %body123
  %otrow131 = phi i32 [ 0, %body123 ], [ %382, %body128 ]
  %374 = icmp slt i32 %otrow131, 64
  br i1 %374, label %body128, label %exit130

body128:                                          ; preds = %otrow
  %375 = sext i32 %370 to i64
  %376 = sext i32 %otrow131 to i64
  %377 = mul i64 %376, 16
  %378 = add i64 %377, %375
  %379 = getelementptr i32, ptr %373, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = getelementptr i32, ptr %rowbuf, i64 %376
  store float %380, ptr %381, align 4
  %382 = add nsw i32 %otrow131, 1
  br label %otrow

exit130:                                          ; preds = %otrow
  %383 = icmp ne ptr %part, null
  br i1 %383, label %partial, label %final

partial:                                          ; preds = %exit130
  %384 = sext i32 %nrows to i64
  %385 = mul i64 %366, 64
  %386 = getelementptr float, ptr %part, i64 %385
  br label %chunk132

final:                                            ; preds = %exit130
  %387 = sdiv i32 %orow126, %nh
  %qi137 = add i32 %q_begin, %387
  %388 = srem i32 %orow126, %nh
  %h138 = add i32 %h_begin, %388
  %389 = mul i32 %kv_head, 16
  %hq139 = add i32 %389, %h138
  %390 = sext i32 %qi137 to i64
  %391 = add i64 %q_row0, %390
  %392 = mul i64 %391, 16
  %393 = sext i32 %hq139 to i64
  %orow140 = add i64 %392, %393
  %394 = fcmp oeq float %l, 0.000000e+00
  %395 = fdiv float 1.000000e+00, %l
  %396 = select i1 %394, float 0.000000e+00, float %395
  %397 = mul i64 %orow140, 256
  %398 = getelementptr i8, ptr %out, i64 %397
  %399 = insertelement <16 x float> poison, float %396, i32 0
  %splat141 = shufflevector <16 x float> %399, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk142

written:                                          ; preds = %chunk142, %exit135
  %400 = add nsw i32 %orow126, 1
  br label %orow122

chunk132:                                         ; preds = %body133, %partial
  %chunk136 = phi i64 [ 0, %partial ], [ %406, %body133 ]
  %401 = icmp slt i64 %chunk136, 4
  br i1 %401, label %body133, label %exit135

body133:                                          ; preds = %chunk132
  %402 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk136
  %403 = load <16 x float>, ptr %402, align 64
  %404 = mul i64 %chunk136, 64
  %405 = getelementptr i8, ptr %386, i64 %404
  store <16 x float> %403, ptr %405, align 4
  %406 = add nsw i64 %chunk136, 1
  br label %chunk132

exit135:                                          ; preds = %chunk132
  %407 = mul i64 %384, 64
  %408 = add i64 %407, %366
  %409 = getelementptr float, ptr %part, i64 %408
  store float %m127, ptr %409, align 4
  %410 = add i64 %408, %384
  %411 = getelementptr float, ptr %part, i64 %410
  store float %l, ptr %411, align 4
  br label %written

chunk142:                                         ; preds = %body143, %final
  %chunk146 = phi i64 [ 0, %final ], [ %418, %body143 ]
  %412 = icmp slt i64 %chunk146, 4
  br i1 %412, label %body143, label %written

body143:                                          ; preds = %chunk142
  %413 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk146
  %414 = load <16 x float>, ptr %413, align 64
  %415 = fmul <16 x float> %414, %splat141
  %416 = mul i64 %chunk146, 64
  %417 = getelementptr i8, ptr %398, i64 %416
  store <16 x float> %415, ptr %417, align 4
  %418 = add nsw i64 %chunk146, 1
  br label %chunk142
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @mqa_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @mqa_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mqa_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @mqa_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @mqa_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @mqa_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mqa_info() #0 {
entry:
  ret ptr @mqa_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
