; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [364 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Akind: self\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -4308072378838605464, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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
  %qrow1 = phi i32 [ %65, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 16
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %32 = add i32 %h_begin, %31
  %33 = mul i32 %kv_head, 16
  %hq = add i32 %33, %32
  %34 = sext i32 %qi to i64
  %35 = add i64 %q_row0, %34
  %36 = mul i64 %35, 16
  %37 = sext i32 %hq to i64
  %orow = add i64 %36, %37
  %38 = mul i64 %orow, 256
  %39 = getelementptr i8, ptr %q, i64 %38
  %40 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %41 = insertelement <16 x float> poison, float %40, i32 0
  %splat = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %48, %body2 ]
  %42 = icmp slt i64 %chunk5, 4
  br i1 %42, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %43 = mul i64 %chunk5, 64
  %44 = getelementptr i8, ptr %39, i64 %43
  %45 = load <16 x float>, ptr %44, align 4
  %46 = fmul <16 x float> %45, %splat
  %47 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %46, ptr %47, align 64
  %48 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %49 = sext i32 %qrow1 to i64
  %50 = getelementptr i32, ptr %lims, i64 %49
  store i32 %k_end, ptr %50, align 4
  %51 = sdiv i32 %qrow1, 16
  %52 = sext i32 %51 to i64
  %53 = mul i64 %52, 1024
  %54 = getelementptr i32, ptr %qt, i64 %53
  %55 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %64, %body6 ]
  %56 = icmp slt i32 %qcol9, 64
  br i1 %56, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %57 = sext i32 %qcol9 to i64
  %58 = getelementptr i32, ptr %rowbuf, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = sext i32 %55 to i64
  %61 = mul i64 %57, 16
  %62 = add i64 %61, %60
  %63 = getelementptr i32, ptr %54, i64 %62
  store float %59, ptr %63, align 4
  %64 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %65 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %70, %body10 ], [ 0, %qrow ]
  %66 = icmp slt i32 %otzero13, 64
  br i1 %66, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %67 = sext i32 %otzero13 to i64
  %68 = mul i64 %67, 16
  %69 = getelementptr i32, ptr %ot, i64 %68
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit36, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %141, %exit36 ]
  %71 = icmp slt i32 %ktile17, %k_end
  br i1 %71, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %72 = sub i32 %k_end, %ktile17
  %73 = call i32 @llvm.smin.i32(i32 108, i32 %72)
  %74 = add i32 %73, 11
  %75 = sdiv i32 %74, 12
  %76 = mul i32 %75, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %77 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %77, ptr %ms, align 64
  %78 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %78, ptr %ls, align 64
  br label %orow122

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %106, %body18 ]
  %79 = icmp slt i32 %kpack21, %76
  br i1 %79, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %80 = add i32 %ktile17, %kpack21
  %81 = call i32 @llvm.smin.i32(i32 %80, i32 %k_last)
  %82 = sext i32 %81 to i64
  %row = add i64 %22, %82
  %83 = mul i64 %row, 128
  %84 = getelementptr i8, ptr %20, i64 %83
  %85 = sext i32 %kpack21 to i64
  %86 = mul i64 %85, 64
  %87 = getelementptr i32, ptr %kbuf, i64 %86
  %88 = load <16 x i16>, ptr %84, align 2
  %89 = zext <16 x i16> %88 to <16 x i32>
  %90 = shl <16 x i32> %89, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %90 to <16 x float>
  store <16 x float> %bf16, ptr %87, align 64
  %91 = getelementptr i8, ptr %84, i64 32
  %92 = load <16 x i16>, ptr %91, align 2
  %93 = zext <16 x i16> %92 to <16 x i32>
  %94 = shl <16 x i32> %93, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %94 to <16 x float>
  %95 = getelementptr i8, ptr %87, i64 64
  store <16 x float> %bf1622, ptr %95, align 64
  %96 = getelementptr i8, ptr %84, i64 64
  %97 = load <16 x i16>, ptr %96, align 2
  %98 = zext <16 x i16> %97 to <16 x i32>
  %99 = shl <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %99 to <16 x float>
  %100 = getelementptr i8, ptr %87, i64 128
  store <16 x float> %bf1623, ptr %100, align 64
  %101 = getelementptr i8, ptr %84, i64 96
  %102 = load <16 x i16>, ptr %101, align 2
  %103 = zext <16 x i16> %102 to <16 x i32>
  %104 = shl <16 x i32> %103, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %104 to <16 x float>
  %105 = getelementptr i8, ptr %87, i64 192
  store <16 x float> %bf1624, ptr %105, align 64
  %106 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body25
  %vpack28 = phi i32 [ %133, %body25 ], [ 0, %kpack ]
  %107 = icmp slt i32 %vpack28, %73
  br i1 %107, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %108 = add i32 %ktile17, %vpack28
  %109 = sext i32 %108 to i64
  %row29 = add i64 %22, %109
  %110 = mul i64 %row29, 128
  %111 = getelementptr i8, ptr %24, i64 %110
  %112 = sext i32 %vpack28 to i64
  %113 = mul i64 %112, 64
  %114 = getelementptr i32, ptr %vbuf, i64 %113
  %115 = load <16 x i16>, ptr %111, align 2
  %116 = zext <16 x i16> %115 to <16 x i32>
  %117 = shl <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %117 to <16 x float>
  store <16 x float> %bf1630, ptr %114, align 64
  %118 = getelementptr i8, ptr %111, i64 32
  %119 = load <16 x i16>, ptr %118, align 2
  %120 = zext <16 x i16> %119 to <16 x i32>
  %121 = shl <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %121 to <16 x float>
  %122 = getelementptr i8, ptr %114, i64 64
  store <16 x float> %bf1631, ptr %122, align 64
  %123 = getelementptr i8, ptr %111, i64 64
  %124 = load <16 x i16>, ptr %123, align 2
  %125 = zext <16 x i16> %124 to <16 x i32>
  %126 = shl <16 x i32> %125, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %126 to <16 x float>
  %127 = getelementptr i8, ptr %114, i64 128
  store <16 x float> %bf1632, ptr %127, align 64
  %128 = getelementptr i8, ptr %111, i64 96
  %129 = load <16 x i16>, ptr %128, align 2
  %130 = zext <16 x i16> %129 to <16 x i32>
  %131 = shl <16 x i32> %130, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1633 = bitcast <16 x i32> %131 to <16 x float>
  %132 = getelementptr i8, ptr %114, i64 192
  store <16 x float> %bf1633, ptr %132, align 64
  %133 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %134 = add i32 %nrows, 15
  %nblk = sdiv i32 %134, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock37 = phi i32 [ 0, %exit27 ], [ %150, %join ]
  %135 = icmp slt i32 %rblock37, %nblk
  br i1 %135, label %body34, label %exit36

body34:                                           ; preds = %rblock
  %136 = sext i32 %rblock37 to i64
  %137 = mul i32 %rblock37, 16
  %138 = add i32 %137, 15
  %139 = sub i32 %nrows, 1
  %140 = icmp sgt i32 %73, 0
  br i1 %140, label %rvisit, label %join

exit36:                                           ; preds = %rblock
  %141 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body34
  %142 = mul i64 %136, 1024
  %143 = getelementptr i32, ptr %qt, i64 %142
  %144 = getelementptr i32, ptr %ot, i64 %142
  %145 = getelementptr <16 x float>, ptr %mv, i64 %136
  %146 = getelementptr <16 x float>, ptr %lv, i64 %136
  %147 = mul i64 %136, 16
  %148 = getelementptr i32, ptr %lims, i64 %147
  %149 = load <16 x i32>, ptr %148, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body34
  %150 = add nsw i32 %rblock37, 1
  br label %rblock

sblock:                                           ; preds = %exit44, %rvisit
  %sblock41 = phi i32 [ 0, %rvisit ], [ %209, %exit44 ]
  %151 = icmp slt i32 %sblock41, %73
  br i1 %151, label %body38, label %smask

body38:                                           ; preds = %sblock
  %152 = sext i32 %sblock41 to i64
  %153 = mul i64 %152, 64
  %154 = getelementptr i32, ptr %kbuf, i64 %153
  br label %sdim

sdim:                                             ; preds = %body42, %body38
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %194, %body42 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %191, %body42 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %188, %body42 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %185, %body42 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %182, %body42 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %179, %body42 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %176, %body42 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %173, %body42 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %170, %body42 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %167, %body42 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %164, %body42 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body38 ], [ %161, %body42 ]
  %sdim45 = phi i32 [ 0, %body38 ], [ %195, %body42 ]
  %155 = icmp slt i32 %sdim45, 64
  br i1 %155, label %body42, label %exit44

body42:                                           ; preds = %sdim
  %156 = sext i32 %sdim45 to i64
  %157 = mul i64 %156, 16
  %158 = getelementptr i32, ptr %143, i64 %157
  %qt46 = load <16 x float>, ptr %158, align 64
  %159 = getelementptr i32, ptr %154, i64 %156
  %k = load float, ptr %159, align 4
  %160 = insertelement <16 x float> poison, float %k, i32 0
  %splat47 = shufflevector <16 x float> %160, <16 x float> poison, <16 x i32> zeroinitializer
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat47, <16 x float> %sacc.sroa.0.0)
  %162 = getelementptr i32, ptr %159, i64 64
  %k48 = load float, ptr %162, align 4
  %163 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat49, <16 x float> %sacc.sroa.4.0)
  %165 = getelementptr i32, ptr %159, i64 128
  %k50 = load float, ptr %165, align 4
  %166 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat51, <16 x float> %sacc.sroa.8.0)
  %168 = getelementptr i32, ptr %159, i64 192
  %k52 = load float, ptr %168, align 4
  %169 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %169, <16 x float> poison, <16 x i32> zeroinitializer
  %170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat53, <16 x float> %sacc.sroa.12.0)
  %171 = getelementptr i32, ptr %159, i64 256
  %k54 = load float, ptr %171, align 4
  %172 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat55, <16 x float> %sacc.sroa.16.0)
  %174 = getelementptr i32, ptr %159, i64 320
  %k56 = load float, ptr %174, align 4
  %175 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %175, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat57, <16 x float> %sacc.sroa.20.0)
  %177 = getelementptr i32, ptr %159, i64 384
  %k58 = load float, ptr %177, align 4
  %178 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat59, <16 x float> %sacc.sroa.24.0)
  %180 = getelementptr i32, ptr %159, i64 448
  %k60 = load float, ptr %180, align 4
  %181 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %181, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat61, <16 x float> %sacc.sroa.28.0)
  %183 = getelementptr i32, ptr %159, i64 512
  %k62 = load float, ptr %183, align 4
  %184 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %184, <16 x float> poison, <16 x i32> zeroinitializer
  %185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat63, <16 x float> %sacc.sroa.32.0)
  %186 = getelementptr i32, ptr %159, i64 576
  %k64 = load float, ptr %186, align 4
  %187 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat65, <16 x float> %sacc.sroa.36.0)
  %189 = getelementptr i32, ptr %159, i64 640
  %k66 = load float, ptr %189, align 4
  %190 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat67, <16 x float> %sacc.sroa.40.0)
  %192 = getelementptr i32, ptr %159, i64 704
  %k68 = load float, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt46, <16 x float> %splat69, <16 x float> %sacc.sroa.44.0)
  %195 = add nsw i32 %sdim45, 1
  br label %sdim

exit44:                                           ; preds = %sdim
  %196 = mul i64 %152, 16
  %197 = getelementptr i32, ptr %st, i64 %196
  store <16 x float> %sacc.sroa.0.0, ptr %197, align 64
  %198 = getelementptr i32, ptr %197, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %198, align 64
  %199 = getelementptr i32, ptr %197, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %199, align 64
  %200 = getelementptr i32, ptr %197, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %200, align 64
  %201 = getelementptr i32, ptr %197, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %201, align 64
  %202 = getelementptr i32, ptr %197, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %202, align 64
  %203 = getelementptr i32, ptr %197, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %203, align 64
  %204 = getelementptr i32, ptr %197, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %204, align 64
  %205 = getelementptr i32, ptr %197, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %205, align 64
  %206 = getelementptr i32, ptr %197, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %206, align 64
  %207 = getelementptr i32, ptr %197, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %207, align 64
  %208 = getelementptr i32, ptr %197, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %208, align 64
  %209 = add nsw i32 %sblock41, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body70
  %tmax.0 = phi <16 x float> [ %218, %body70 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask73 = phi i32 [ %219, %body70 ], [ 0, %sblock ]
  %210 = icmp slt i32 %smask73, %73
  br i1 %210, label %body70, label %exit72

body70:                                           ; preds = %smask
  %211 = add i32 %ktile17, %smask73
  %212 = insertelement <16 x i32> poison, i32 %211, i32 0
  %splat74 = shufflevector <16 x i32> %212, <16 x i32> poison, <16 x i32> zeroinitializer
  %213 = sext i32 %smask73 to i64
  %214 = mul i64 %213, 16
  %215 = getelementptr i32, ptr %st, i64 %214
  %s = load <16 x float>, ptr %215, align 64
  %216 = icmp slt <16 x i32> %splat74, %149
  %217 = select <16 x i1> %216, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %217, ptr %215, align 64
  %218 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %217)
  %219 = add nsw i32 %smask73, 1
  br label %smask

exit72:                                           ; preds = %smask
  %m = load <16 x float>, ptr %145, align 64
  %220 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %221 = fcmp oeq <16 x float> %220, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse75 = select <16 x i1> %221, <16 x float> zeroinitializer, <16 x float> %220
  %222 = fsub <16 x float> %m, %muse75
  %223 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %222, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %224 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %223, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %225 = fadd <16 x float> %224, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %225, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %224, %n
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %226, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %227, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %228, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %229, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %230, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %232 = fptosi <16 x float> %n to <16 x i32>
  %233 = add <16 x i32> %232, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %234 = shl <16 x i32> %233, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %235 = bitcast <16 x i32> %234 to <16 x float>
  %exp2 = fmul <16 x float> %231, %235
  store <16 x float> %220, ptr %145, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit72
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit72 ], [ %255, %body76 ]
  %sexp79 = phi i32 [ 0, %exit72 ], [ %256, %body76 ]
  %236 = icmp slt i32 %sexp79, %73
  br i1 %236, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %237 = sext i32 %sexp79 to i64
  %238 = mul i64 %237, 16
  %239 = getelementptr i32, ptr %st, i64 %238
  %240 = load <16 x float>, ptr %239, align 64
  %241 = fsub <16 x float> %240, %muse75
  %242 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %241, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %243 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %242, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %244 = fadd <16 x float> %243, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %244, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %243, %n80
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %245, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %246, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %247, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %248, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %249, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %251 = fptosi <16 x float> %n80 to <16 x i32>
  %252 = add <16 x i32> %251, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %253 = shl <16 x i32> %252, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %254 = bitcast <16 x i32> %253 to <16 x float>
  %exp282 = fmul <16 x float> %250, %254
  store <16 x float> %exp282, ptr %239, align 64
  %255 = fadd <16 x float> %lsum.0, %exp282
  %256 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %257 = load <16 x float>, ptr %146, align 64
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %257, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %258, ptr %146, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit89, %exit78
  %pvblock86 = phi i32 [ 0, %exit78 ], [ %366, %exit89 ]
  %259 = icmp slt i32 %pvblock86, 4
  br i1 %259, label %body83, label %join

body83:                                           ; preds = %pvblock
  %260 = mul i32 %pvblock86, 16
  %261 = sext i32 %260 to i64
  %262 = mul i64 %261, 16
  %263 = getelementptr i32, ptr %144, i64 %262
  %264 = load <16 x float>, ptr %263, align 64
  %265 = fmul <16 x float> %264, %exp2
  %266 = getelementptr i32, ptr %263, i64 16
  %267 = load <16 x float>, ptr %266, align 64
  %268 = fmul <16 x float> %267, %exp2
  %269 = getelementptr i32, ptr %263, i64 32
  %270 = load <16 x float>, ptr %269, align 64
  %271 = fmul <16 x float> %270, %exp2
  %272 = getelementptr i32, ptr %263, i64 48
  %273 = load <16 x float>, ptr %272, align 64
  %274 = fmul <16 x float> %273, %exp2
  %275 = getelementptr i32, ptr %263, i64 64
  %276 = load <16 x float>, ptr %275, align 64
  %277 = fmul <16 x float> %276, %exp2
  %278 = getelementptr i32, ptr %263, i64 80
  %279 = load <16 x float>, ptr %278, align 64
  %280 = fmul <16 x float> %279, %exp2
  %281 = getelementptr i32, ptr %263, i64 96
  %282 = load <16 x float>, ptr %281, align 64
  %283 = fmul <16 x float> %282, %exp2
  %284 = getelementptr i32, ptr %263, i64 112
  %285 = load <16 x float>, ptr %284, align 64
  %286 = fmul <16 x float> %285, %exp2
  %287 = getelementptr i32, ptr %263, i64 128
  %288 = load <16 x float>, ptr %287, align 64
  %289 = fmul <16 x float> %288, %exp2
  %290 = getelementptr i32, ptr %263, i64 144
  %291 = load <16 x float>, ptr %290, align 64
  %292 = fmul <16 x float> %291, %exp2
  %293 = getelementptr i32, ptr %263, i64 160
  %294 = load <16 x float>, ptr %293, align 64
  %295 = fmul <16 x float> %294, %exp2
  %296 = getelementptr i32, ptr %263, i64 176
  %297 = load <16 x float>, ptr %296, align 64
  %298 = fmul <16 x float> %297, %exp2
  %299 = getelementptr i32, ptr %263, i64 192
  %300 = load <16 x float>, ptr %299, align 64
  %301 = fmul <16 x float> %300, %exp2
  %302 = getelementptr i32, ptr %263, i64 208
  %303 = load <16 x float>, ptr %302, align 64
  %304 = fmul <16 x float> %303, %exp2
  %305 = getelementptr i32, ptr %263, i64 224
  %306 = load <16 x float>, ptr %305, align 64
  %307 = fmul <16 x float> %306, %exp2
  %308 = getelementptr i32, ptr %263, i64 240
  %309 = load <16 x float>, ptr %308, align 64
  %310 = fmul <16 x float> %309, %exp2
  br label %kpv

kpv:                                              ; preds = %body87, %body83
  %o.sroa.52.0 = phi <16 x float> [ %304, %body83 ], [ %358, %body87 ]
  %o.sroa.48.0 = phi <16 x float> [ %301, %body83 ], [ %355, %body87 ]
  %o.sroa.44.0 = phi <16 x float> [ %298, %body83 ], [ %352, %body87 ]
  %o.sroa.40.0 = phi <16 x float> [ %295, %body83 ], [ %349, %body87 ]
  %o.sroa.36.0 = phi <16 x float> [ %292, %body83 ], [ %346, %body87 ]
  %o.sroa.32.0 = phi <16 x float> [ %289, %body83 ], [ %343, %body87 ]
  %o.sroa.28.0 = phi <16 x float> [ %286, %body83 ], [ %340, %body87 ]
  %o.sroa.24.0 = phi <16 x float> [ %283, %body83 ], [ %337, %body87 ]
  %o.sroa.20.0 = phi <16 x float> [ %280, %body83 ], [ %334, %body87 ]
  %o.sroa.16.0 = phi <16 x float> [ %277, %body83 ], [ %331, %body87 ]
  %o.sroa.12.0 = phi <16 x float> [ %274, %body83 ], [ %328, %body87 ]
  %o.sroa.8.0 = phi <16 x float> [ %271, %body83 ], [ %325, %body87 ]
  %o.sroa.4.0 = phi <16 x float> [ %268, %body83 ], [ %322, %body87 ]
  %o.sroa.0.0 = phi <16 x float> [ %265, %body83 ], [ %319, %body87 ]
  %o.sroa.56.0 = phi <16 x float> [ %307, %body83 ], [ %361, %body87 ]
  %o.sroa.60.0 = phi <16 x float> [ %310, %body83 ], [ %364, %body87 ]
  %kpv90 = phi i32 [ 0, %body83 ], [ %365, %body87 ]
  %311 = icmp slt i32 %kpv90, %73
  br i1 %311, label %body87, label %exit89

body87:                                           ; preds = %kpv
  %312 = sext i32 %kpv90 to i64
  %313 = mul i64 %312, 16
  %314 = getelementptr i32, ptr %st, i64 %313
  %p = load <16 x float>, ptr %314, align 64
  %315 = mul i64 %312, 256
  %316 = getelementptr i8, ptr %vbuf, i64 %315
  %317 = getelementptr i32, ptr %316, i64 %261
  %v = load float, ptr %317, align 4
  %318 = insertelement <16 x float> poison, float %v, i32 0
  %splat91 = shufflevector <16 x float> %318, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat91, <16 x float> %o.sroa.0.0)
  %320 = getelementptr i32, ptr %317, i64 1
  %v92 = load float, ptr %320, align 4
  %321 = insertelement <16 x float> poison, float %v92, i32 0
  %splat93 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat93, <16 x float> %o.sroa.4.0)
  %323 = getelementptr i32, ptr %317, i64 2
  %v94 = load float, ptr %323, align 4
  %324 = insertelement <16 x float> poison, float %v94, i32 0
  %splat95 = shufflevector <16 x float> %324, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.8.0)
  %326 = getelementptr i32, ptr %317, i64 3
  %v96 = load float, ptr %326, align 4
  %327 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %329 = getelementptr i32, ptr %317, i64 4
  %v98 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %332 = getelementptr i32, ptr %317, i64 5
  %v100 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.20.0)
  %335 = getelementptr i32, ptr %317, i64 6
  %v102 = load float, ptr %335, align 4
  %336 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.24.0)
  %338 = getelementptr i32, ptr %317, i64 7
  %v104 = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.28.0)
  %341 = getelementptr i32, ptr %317, i64 8
  %v106 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.32.0)
  %344 = getelementptr i32, ptr %317, i64 9
  %v108 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.36.0)
  %347 = getelementptr i32, ptr %317, i64 10
  %v110 = load float, ptr %347, align 4
  %348 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %348, <16 x float> poison, <16 x i32> zeroinitializer
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.40.0)
  %350 = getelementptr i32, ptr %317, i64 11
  %v112 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.44.0)
  %353 = getelementptr i32, ptr %317, i64 12
  %v114 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %v114, i32 0
  %splat115 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat115, <16 x float> %o.sroa.48.0)
  %356 = getelementptr i32, ptr %317, i64 13
  %v116 = load float, ptr %356, align 4
  %357 = insertelement <16 x float> poison, float %v116, i32 0
  %splat117 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.52.0)
  %359 = getelementptr i32, ptr %317, i64 14
  %v118 = load float, ptr %359, align 4
  %360 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %360, <16 x float> poison, <16 x i32> zeroinitializer
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.56.0)
  %362 = getelementptr i32, ptr %317, i64 15
  %v120 = load float, ptr %362, align 4
  %363 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.60.0)
  %365 = add nsw i32 %kpv90, 1
  br label %kpv

exit89:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %263, align 64
  store <16 x float> %o.sroa.4.0, ptr %266, align 64
  store <16 x float> %o.sroa.8.0, ptr %269, align 64
  store <16 x float> %o.sroa.12.0, ptr %272, align 64
  store <16 x float> %o.sroa.16.0, ptr %275, align 64
  store <16 x float> %o.sroa.20.0, ptr %278, align 64
  store <16 x float> %o.sroa.24.0, ptr %281, align 64
  store <16 x float> %o.sroa.28.0, ptr %284, align 64
  store <16 x float> %o.sroa.32.0, ptr %287, align 64
  store <16 x float> %o.sroa.36.0, ptr %290, align 64
  store <16 x float> %o.sroa.40.0, ptr %293, align 64
  store <16 x float> %o.sroa.44.0, ptr %296, align 64
  store <16 x float> %o.sroa.48.0, ptr %299, align 64
  store <16 x float> %o.sroa.52.0, ptr %302, align 64
  store <16 x float> %o.sroa.56.0, ptr %305, align 64
  store <16 x float> %o.sroa.60.0, ptr %308, align 64
  %366 = add nsw i32 %pvblock86, 1
  br label %pvblock

orow122:                                          ; preds = %written, %exit16
  %orow126 = phi i32 [ 0, %exit16 ], [ %403, %written ]
  %367 = icmp slt i32 %orow126, %nrows
  br i1 %367, label %body123, label %done

body123:                                          ; preds = %orow122
  %368 = sext i32 %orow126 to i64
  %369 = getelementptr float, ptr %ms, i64 %368
  %m127 = load float, ptr %369, align 4
  %370 = getelementptr float, ptr %ls, i64 %368
  %l = load float, ptr %370, align 4
  %371 = sdiv i32 %orow126, 16
  %372 = srem i32 %orow126, 16
  %373 = sext i32 %371 to i64
  %374 = mul i64 %373, 1024
  %375 = getelementptr i32, ptr %ot, i64 %374
  br label %otrow

otrow:                                            ; preds = %body128, %body123
  %otrow131 = phi i32 [ 0, %body123 ], [ %384, %body128 ]
  %376 = icmp slt i32 %otrow131, 64
  br i1 %376, label %body128, label %exit130

body128:                                          ; preds = %otrow
  %377 = sext i32 %372 to i64
  %378 = sext i32 %otrow131 to i64
  %379 = mul i64 %378, 16
  %380 = add i64 %379, %377
  %381 = getelementptr i32, ptr %375, i64 %380
  %382 = load float, ptr %381, align 4
  %383 = getelementptr i32, ptr %rowbuf, i64 %378
  store float %382, ptr %383, align 4
  %384 = add nsw i32 %otrow131, 1
  br label %otrow

exit130:                                          ; preds = %otrow
  %385 = icmp ne ptr %part, null
  br i1 %385, label %partial, label %final

partial:                                          ; preds = %exit130
  %386 = sext i32 %nrows to i64
  %387 = mul i64 %368, 64
  %388 = getelementptr float, ptr %part, i64 %387
  br label %chunk132

final:                                            ; preds = %exit130
  %389 = sdiv i32 %orow126, %nh
  %qi137 = add i32 %q_begin, %389
  %390 = srem i32 %orow126, %nh
  %391 = add i32 %h_begin, %390
  %392 = mul i32 %kv_head, 16
  %hq138 = add i32 %392, %391
  %393 = sext i32 %qi137 to i64
  %394 = add i64 %q_row0, %393
  %395 = mul i64 %394, 16
  %396 = sext i32 %hq138 to i64
  %orow139 = add i64 %395, %396
  %397 = fcmp oeq float %l, 0.000000e+00
  %398 = fdiv float 1.000000e+00, %l
  %399 = select i1 %397, float 0.000000e+00, float %398
  %400 = mul i64 %orow139, 256
  %401 = getelementptr i8, ptr %out, i64 %400
  %402 = insertelement <16 x float> poison, float %399, i32 0
  %splat140 = shufflevector <16 x float> %402, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk141

written:                                          ; preds = %chunk141, %exit135
  %403 = add nsw i32 %orow126, 1
  br label %orow122

chunk132:                                         ; preds = %body133, %partial
  %chunk136 = phi i64 [ 0, %partial ], [ %409, %body133 ]
  %404 = icmp slt i64 %chunk136, 4
  br i1 %404, label %body133, label %exit135

body133:                                          ; preds = %chunk132
  %405 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk136
  %406 = load <16 x float>, ptr %405, align 64
  %407 = mul i64 %chunk136, 64
  %408 = getelementptr i8, ptr %388, i64 %407
  store <16 x float> %406, ptr %408, align 4
  %409 = add nsw i64 %chunk136, 1
  br label %chunk132

exit135:                                          ; preds = %chunk132
  %410 = mul i64 %386, 64
  %411 = add i64 %410, %368
  %412 = getelementptr float, ptr %part, i64 %411
  store float %m127, ptr %412, align 4
  %413 = add i64 %411, %386
  %414 = getelementptr float, ptr %part, i64 %413
  store float %l, ptr %414, align 4
  br label %written

chunk141:                                         ; preds = %body142, %final
  %chunk145 = phi i64 [ 0, %final ], [ %421, %body142 ]
  %415 = icmp slt i64 %chunk145, 4
  br i1 %415, label %body142, label %written

body142:                                          ; preds = %chunk141
  %416 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %splat140
  %419 = mul i64 %chunk145, 64
  %420 = getelementptr i8, ptr %401, i64 %419
  store <16 x float> %418, ptr %420, align 4
  %421 = add nsw i64 %chunk145, 1
  br label %chunk141
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
